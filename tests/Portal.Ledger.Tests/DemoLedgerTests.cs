using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Ledger.Models;
using Portal.Testing;

namespace Portal.Ledger.Tests;

/// <summary>The public dashboard on a fresh demo install, read by an anonymous visitor. Nothing here changes the data.</summary>
public sealed partial class DemoLedgerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_dashboard_reads_52_tasks_42_done_80_8_percent_and_5_of_8_areas_complete()
    {
        var reader = PortalClient.Create(factory);
        foreach (var url in new[] { "/ledger", "/ledger/2012" })
        {
            var html = await reader.GetStringAsync(url);
            Assert.Equal("52", Figure(html, "total"));
            Assert.Equal("42", Figure(html, "done"));
            Assert.Equal("80.8%", Figure(html, "rate"));
            Assert.Equal("5/8", Figure(html, "areas"));
            Assert.Contains("共 8 个方面 52 项工作任务，已完成 42 项（80.8%），其中 5 个方面的任务已全部完成。", html);
        }
    }

    [Fact]
    public async Task The_dashboard_lists_the_eight_areas_with_bars_and_a_chart_and_no_inline_style()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/ledger/2012");

        foreach (var area in new[] { "组织领导", "学习提高", "制度建设", "主题实践", "执法检查与专题询问", "代表工作", "机关建设", "宣传与门户网站" })
        {
            Assert.Contains($"data-area=\"{area}\"", html);
        }

        Assert.Equal(5, Regex.Matches(html, "全部完成</span>").Count);
        Assert.Contains("<rect class=\"ledger-bar-fill\" x=\"0\" y=\"0\" width=\"80.8\"", html);
        Assert.Contains("aria-labelledby=\"ledger-chart-title\"", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Every_public_page_and_file_leaves_out_the_internal_notes()
    {
        var reader = PortalClient.Create(factory);
        var internalTexts = await new LedgerDriver(factory, reader).DbAsync(db =>
            db.Set<ProgressUpdate>().Where(u => !u.IsPublic).Select(u => u.Text).ToListAsync());
        Assert.NotEmpty(internalTexts);

        var pages = new List<string> { "/ledger", "/ledger/2012" };
        pages.AddRange(Enumerable.Range(1, 52).Select(n => $"/ledger/2012/tasks/{n}"));
        var dashboard = await reader.GetStringAsync("/ledger/2012");
        pages.AddRange(AreaLinks().Matches(dashboard).Select(m => m.Value).Distinct());
        Assert.Equal(62, pages.Count);

        foreach (var page in pages)
        {
            var html = await reader.GetStringAsync(page);
            Assert.DoesNotContain("内部备注", html);
            Assert.DoesNotContain(">内部<", html);
            foreach (var text in internalTexts)
            {
                Assert.DoesNotContain(text, html);
            }
        }
    }

    [Fact]
    public async Task A_task_page_shows_its_details_sub_tasks_news_and_public_timeline()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/ledger/2012/tasks/37");

        Assert.Contains("<h1>省人大代表推选工作</h1>", html);
        Assert.Contains("秘书长甲", html);
        Assert.Contains("人事代表选举任免工作委员会", html);
        Assert.Contains("<span data-field=\"progress\">53%</span>", html);
        Assert.Contains("酝酿候选人", html);
        Assert.Contains("/news/2012-provincial-delegates-election", html);
        Assert.Contains("推选工作稳步推进，推选工作方案已印发。", html);
        Assert.Contains("当前位置:", html);
    }

    [Fact]
    public async Task A_done_task_shows_its_trail_of_completion()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/ledger/2012/tasks/14");

        Assert.Contains("状态：进行中 → 已完成", html);
        Assert.Contains("完成日期：（无） → 2012-11-08", html);
        Assert.Contains("/news/2012-rules-revised", html);
    }

    [Fact]
    public async Task Unknown_ledgers_areas_and_tasks_are_not_found()
    {
        var reader = PortalClient.Create(factory);
        foreach (var url in new[] { "/ledger/2099", "/ledger/2012/tasks/53", "/ledger/2012/tasks/0", "/ledger/2012/areas/9999", "/ledger/files/9999" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_public_pages_are_served_from_the_output_cache()
    {
        var reader = PortalClient.Create(factory);
        await reader.GetStringAsync("/ledger/2012/tasks/1");
        await new LedgerDriver(factory, reader).DbAsync(db =>
            db.Set<LedgerTask>().Where(t => t.Number == 1).ExecuteUpdateAsync(s => s.SetProperty(t => t.Title, "绕过门户的修改")));

        Assert.DoesNotContain("绕过门户的修改", await reader.GetStringAsync("/ledger/2012/tasks/1"));
    }

    private static string Figure(string html, string name) =>
        Regex.Match(html, $"data-figure=\"{name}\">([^<]*)<").Groups[1].Value;

    [GeneratedRegex("/ledger/2012/areas/\\d+")]
    private static partial Regex AreaLinks();
}

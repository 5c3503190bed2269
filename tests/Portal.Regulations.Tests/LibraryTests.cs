using System.Net;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Regulations.Tests;

/// <summary>Readers browse the demo library: the counts of the report, the new documents, filters, a document's history.</summary>
public sealed partial class LibraryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly PortalClient _reader = PortalClient.Create(factory);

    [Fact]
    public async Task The_library_shows_the_counts_the_report_names()
    {
        var html = await _reader.GetStringAsync("/regulations");

        Assert.Contains("规范性文件 18 件", html);
        Assert.Contains("机关工作制度 12 项", html);
        Assert.Contains("委室职责 9 个", html);
        Assert.Contains("科室职责 6 个", html);
    }

    [Fact]
    public async Task The_five_new_documents_are_marked_and_the_named_three_are_among_them()
    {
        var html = await _reader.GetStringAsync("/regulations?kind=NormativeDocument&validity=InForce");

        Assert.Equal(18, Count(html));
        var rows = Rows().Matches(html).Select(m => m.Value).ToList();
        var marked = rows.Where(r => r.Contains("class=\"new-mark\"")).ToList();
        Assert.Equal(5, marked.Count);
        foreach (var title in new[] { "许昌市人民代表大会常务委员会工作评议办法", "许昌市人民代表大会常务委员会关于讨论、决定本行政区域内重大事项的规定", "许昌市人民代表大会常务委员会督办工作程序" })
        {
            Assert.Contains(marked, r => r.Contains($">{title}</a>"));
        }
    }

    [Theory]
    [InlineData("?kind=WorkRule", 12)]
    [InlineData("?kind=NormativeDocument", 21)]
    [InlineData("?validity=Amended", 2)]
    [InlineData("?validity=Repealed", 1)]
    [InlineData("?year=2008", 1)]
    [InlineData("?body=%E8%AE%B8%E6%98%8C%E5%B8%82%E4%BA%BA%E5%A4%A7%E5%B8%B8%E5%A7%94%E4%BC%9A%E5%8A%9E%E5%85%AC%E5%AE%A4", 18)]
    [InlineData("?kind=Nonsense&year=abc&validity=42", 48)]
    public async Task Filters_narrow_the_library_and_unknown_values_are_ignored(string query, int count)
    {
        Assert.Equal(count, Count(await _reader.GetStringAsync("/regulations" + query)));
    }

    [Fact]
    public async Task A_document_shows_its_status_and_its_amendment_history_in_date_order()
    {
        var current = await _reader.GetStringAsync("/regulations/yishi-guize");
        Assert.Contains("data-field=\"validity\">有效<", current);
        Assert.Contains("许人常〔2012〕6号", current);
        var history = current[current.IndexOf("文件沿革", StringComparison.Ordinal)..];
        var years = Regex.Matches(history, "<time datetime=\"(\\d{4})").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2003", "2008", "2012"], years);
        Assert.Contains("修订《许昌市人民代表大会常务委员会议事规则（2008年修订）》", history);

        var original = await _reader.GetStringAsync("/regulations/yishi-guize-2003");
        Assert.Contains("本文件已修订", original);
        Assert.Contains("/regulations/yishi-guize", original);

        var repealed = await _reader.GetStringAsync("/regulations/beian-shencha-banfa-2005");
        Assert.Contains("data-field=\"validity\">已废止<", repealed);
        Assert.Contains("废止《许昌市人民代表大会常务委员会规范性文件备案审查办法》", repealed);
    }

    [Fact]
    public async Task The_duties_page_lists_nine_committees_and_six_sections()
    {
        var html = await _reader.GetStringAsync("/regulations/duties");

        Assert.Contains("委室职责（9 个）", html);
        Assert.Contains("科室职责（6 个）", html);
        var duty = await _reader.GetStringAsync("/regulations/duties-fazhi-gongwei");
        Assert.Contains("规范性文件备案审查", duty);
    }

    [Fact]
    public async Task Unknown_documents_and_files_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.Http.GetAsync("/regulations/no-such-document")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.Http.GetAsync("/regulations/yishi-guize/files/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.Http.GetAsync("/regulations/yishi-guize/files/0")).StatusCode);
    }

    private static int Count(string html) => int.Parse(CountPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("data-field=\"count\">(\\d+)<")]
    private static partial Regex CountPattern();

    [GeneratedRegex("<tr>\\s*<td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Rows();
}

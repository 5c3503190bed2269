using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Testing;

namespace Portal.News.Tests;

public sealed class ReaderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_page_highlights_the_theme_activity_and_lists_each_column()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/");

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("许昌市人大常委会", html);
        var highlight = html[html.IndexOf("class=\"highlight\"", StringComparison.Ordinal)..html.IndexOf("class=\"column-grid\"", StringComparison.Ordinal)];
        Assert.Contains("2012“强两基重民生转方式促发展”主题活动总结", highlight);
        foreach (var column in new[] { "工作动态", "主题活动", "代表工作", "自身建设" })
        {
            Assert.Contains($">{column}</a>", html);
        }
    }

    [Fact]
    public async Task A_parent_column_lists_the_articles_of_its_children()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/columns/ziti-jianshe");

        Assert.Contains("下级栏目", html);
        Assert.Contains("/news/2012-theme-activity-summary", html);
    }

    [Fact]
    public async Task Pages_beyond_the_last_and_unknown_columns_are_not_found()
    {
        var client = PortalClient.Create(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/columns/gongzuo-dongtai?page=99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/columns/no-such-column")).StatusCode);
    }

    [Fact]
    public async Task Every_view_is_counted_and_stored()
    {
        var client = PortalClient.Create(factory);
        long id;
        await using (var scope = factory.CreateScope())
        {
            id = await factory.Db(scope).Set<ContentItem>().Where(i => i.Slug == "2012-study-new-nine-eighteen").Select(i => i.Id).SingleAsync();
        }

        var first = await CountAsync(client, id);
        var second = await CountAsync(client, id);

        Assert.Equal(first + 1, second);
        await using var check = factory.CreateScope();
        Assert.Equal(second, await factory.Db(check).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.ViewCount).SingleAsync());
    }

    [Fact]
    public async Task Drafts_cannot_be_counted_or_read()
    {
        var editor = new NewsAdminDriver(factory, await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword));
        var id = await editor.CreateDraftAsync("未发布的草稿", "内容");
        var reader = PortalClient.Create(factory);

        var response = await reader.Http.PostAsync($"/content/{id}/views", null);
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Article_pages_are_served_from_the_output_cache()
    {
        var client = PortalClient.Create(factory);
        await client.GetStringAsync("/news/2012-portal-launched");
        await using (var scope = factory.CreateScope())
        {
            // Changed behind the portal's back: a cached page does not see it.
            await factory.Db(scope).Set<ContentVersion>()
                .Where(v => v.ContentItem!.Slug == "2012-portal-launched" && v.IsPublished)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.BodyHtml, "<p>绕过门户的修改</p>"));
        }

        Assert.DoesNotContain("绕过门户的修改", await client.GetStringAsync("/news/2012-portal-launched"));
    }

    [Fact]
    public async Task Article_page_links_to_its_neighbours_in_the_column()
    {
        var html = await PortalClient.Create(factory).GetStringAsync("/news/2012-08-leading-group-adjusted");

        Assert.Contains("rel=\"prev\"", html);
        Assert.Contains("/news/2012-study-new-nine-eighteen", html);
        Assert.Contains("rel=\"next\"", html);
        Assert.Contains("/news/2012-rules-revised", html);
    }

    [Fact]
    public async Task Article_page_carries_a_QR_code_that_opens_the_same_page_on_a_phone()
    {
        var client = PortalClient.Create(factory);
        var html = await client.GetStringAsync("/news/2012-theme-activity-summary");

        var figure = html[html.IndexOf("<figure class=\"qr-code\">", StringComparison.Ordinal)..];
        figure = figure[..(figure.IndexOf("</figure>", StringComparison.Ordinal) + "</figure>".Length)];
        Assert.Contains("<figcaption>扫一扫在手机打开</figcaption>", figure);
        Assert.Equal(new Uri(client.Http.BaseAddress!, "/news/2012-theme-activity-summary").ToString(), QrCodeReading.Decode(figure));
    }

    [Fact]
    public async Task Public_pages_send_the_security_headers()
    {
        var response = await PortalClient.Create(factory).Http.GetAsync("/");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    private static async Task<long> CountAsync(PortalClient client, long id)
    {
        var response = await client.Http.PostAsync($"/content/{id}/views", null);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("views").GetInt64();
    }
}

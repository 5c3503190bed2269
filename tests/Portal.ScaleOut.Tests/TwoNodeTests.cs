using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.ScaleOut.Tests;

/// <summary>Two web nodes behind one imagined load balancer: whatever happens through A is true on B at once.</summary>
public sealed partial class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [TwoNodeFact]
    public async Task A_sign_in_through_A_is_valid_on_B()
    {
        var browser = nodes.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.B.Http.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.A.LoginAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await browser.B.Http.GetAsync("/admin")).StatusCode);
    }

    [TwoNodeFact]
    public async Task An_article_published_through_A_is_shown_by_B_at_once_not_from_its_cache_and_found_by_B_search()
    {
        const string column = NewsDesk.Column;
        var reader = nodes.Browser();
        await reader.B.GetStringAsync(column);
        Assert.NotNull((await reader.B.Http.GetAsync(column)).Headers.Age);

        var word = NewsDesk.UniqueWord();
        var title = $"两个节点的测试文章 {word}";
        var editor = await nodes.SignedInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        // The form comes from B and is posted to A: an anti-forgery token of one node holds on the other.
        var published = await NewsDesk.PublishAsync(editor.B, editor.A, title, $"两个节点共用一个数据库和一个缓存。{word}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await NewsDesk.EventuallyAsync(TimeSpan.FromSeconds(1), () => reader.B.GetStringAsync(column), body => body.Contains(title));
        var link = Regex.Match(page, $"href=\"(/news/[^\"]+)\"[^>]*>[^<]*{Regex.Escape(word)}").Groups[1].Value;
        Assert.Contains(title, await reader.B.GetStringAsync(link));

        await NewsDesk.EventuallyAsync(TimeSpan.FromSeconds(20), () => reader.B.GetStringAsync($"/search?q={word}"), body => body.Contains(word));
    }

    [TwoNodeFact]
    public async Task A_column_added_through_A_is_offered_by_B_at_once()
    {
        var editor = await nodes.SignedInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.DoesNotContain("两节点栏目", await editor.B.GetStringAsync("/admin/news/create"));

        var saved = await editor.A.PostFormAsync("/admin/columns/create", "/admin/columns/save", new()
        {
            ["Name"] = "两节点栏目",
            ["Slug"] = "liang-jiedian",
            ["Description"] = "",
            ["SortOrder"] = "900",
            ["InNavigation"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains("两节点栏目", await editor.B.GetStringAsync("/admin/news/create"));
    }

    [TwoNodeFact]
    public async Task A_file_uploaded_through_A_downloads_from_B()
    {
        var editor = await nodes.SignedInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var slug = "liang-jiedian-" + NewsDesk.UniqueWord();
        var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.Token(await editor.A.GetStringAsync("/admin/regulations/create"))), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in new Dictionary<string, string>
                 {
                     ["Title"] = "两个节点共用附件的制度", ["Kind"] = "WorkRule", ["PublishedOn"] = "2012-12-01", ["Validity"] = "InForce",
                     ["Body"] = "**第一条** 附件存放在各节点共用的目录。", ["Slug"] = slug, ["Command"] = "publish",
                 })
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "Upload", "两节点原件.pdf");
        var created = await editor.A.Http.PostAsync("/admin/regulations/create", content);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());

        var download = await nodes.Browser().B.Http.GetAsync($"/regulations/{slug}/files/1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }
}

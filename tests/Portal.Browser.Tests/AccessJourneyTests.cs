using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccessJourneyTests(BrowserPortal portal) : Journey(portal)
{
    [Fact]
    public Task Anonymous_visitor_is_sent_to_the_login_page() => RunAsync("anonymous-admin", async () =>
    {
        var page = await OpenAsync("anonymous");
        await page.GotoAsync("/admin");

        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "用户登录" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("用户名")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Author_cannot_publish_even_with_a_valid_token() => RunAsync("author-publish", async () =>
    {
        var author = await SignInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        await author.GotoAsync("/admin/news/create");
        await author.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).FillAsync("作者的草稿 " + Guid.NewGuid().ToString("N")[..6]);
        await author.GetByLabel("栏目").SelectOptionAsync(new SelectOptionValue { Label = "工作动态" });
        await WriteMarkdownAsync(author, "Body", "作者不能自行发布。");
        await author.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await author.WaitForURLAsync(new Regex("/admin/news/\\d+/edit$"));
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = "保存并发布" })).ToHaveCountAsync(0);
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = "取消发布" })).ToHaveCountAsync(0);

        // The same POST an editor's form would send, from the author's signed-in page, with the page's own token.
        var id = Regex.Match(author.Url, "/admin/news/(\\d+)/edit").Groups[1].Value;
        var answer = await author.EvaluateAsync<JsonElement>("""
            async id => {
                const form = document.querySelector("form[data-guard-unsaved]");
                const body = new URLSearchParams();
                body.set("__RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
                body.set("concurrencyStamp", form.querySelector("input[name=ConcurrencyStamp]").value);
                const response = await fetch(`/admin/news/${id}/publish`, { method: "POST", body, credentials: "same-origin" });
                return { status: response.status, url: response.url };
            }
            """, id);

        Assert.Equal(403, answer.GetProperty("status").GetInt32());
        await author.ReloadAsync();
        await Assertions.Expect(author.Locator("[data-field=status]")).ToHaveTextAsync("草稿");
    });

    [Fact]
    public Task Second_editor_saving_stale_text_gets_a_conflict_and_keeps_their_text() => RunAsync("edit-conflict", async () =>
    {
        const string title = "市人大常委会召开专题会议研究部署主题活动";
        var first = await SignInAsEditorAsync();
        var second = await SignInAsync(DemoAccounts.SecondEditor, DemoAccounts.EditorPassword);

        await first.GotoAsync("/admin/news?title=" + Uri.EscapeDataString(title));
        await first.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await first.WaitForURLAsync(new Regex("/admin/news/\\d+/edit$"));
        var editUrl = new Uri(first.Url).PathAndQuery;
        await second.GotoAsync(editUrl);

        const string firstText = "编辑甲修改后的正文：会议细化了工作措施。";
        const string secondText = "编辑乙基于旧版本修改的正文。";
        await WriteMarkdownAsync(first, "Body", firstText);
        await first.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status).Filter(new() { HasText = "已保存" })).ToBeVisibleAsync();

        await WriteMarkdownAsync(second, "Body", secondText);
        await second.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(second.Locator(".form-errors")).ToContainTextAsync("已被他人修改");
        await Assertions.Expect(second.Locator("#Body")).ToHaveValueAsync(secondText);
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "他人已保存的最新版本" })).ToBeVisibleAsync();

        // The latest version is still the first editor's.
        await first.GotoAsync(editUrl);
        await Assertions.Expect(first.Locator("#Body")).ToHaveValueAsync(firstText);
        var preview = await NewPageAsync(first.Context, "editor-preview");
        await preview.GotoAsync(editUrl.Replace("/edit", "/preview"));
        await Assertions.Expect(preview.Locator(".article-body")).ToContainTextAsync(firstText);
        await Assertions.Expect(preview.Locator(".article-body")).Not.ToContainTextAsync(secondText);
    });
}

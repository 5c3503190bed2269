using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReviewJourneyTests(BrowserPortal portal) : Journey(portal)
{
    [Fact]
    public Task Author_submits_editor_sends_back_author_reads_the_notification_fixes_and_resubmits_editor_publishes() => RunAsync("review", async () =>
    {
        var title = "审核旅程：代表视察民生实事 " + Guid.NewGuid().ToString("N")[..6];

        var author = await SignInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        await author.GotoAsync("/admin/news/create");
        await author.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).FillAsync(title);
        await author.GetByLabel("栏目").SelectOptionAsync(new SelectOptionValue { Label = "工作动态" });
        await author.GetByLabel("信息来源").FillAsync("市人大常委会办公室");
        await WriteMarkdownAsync(author, "Body", "代表们察看了民生实事进展。\n\n此段有错别字。");
        await author.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await author.WaitForURLAsync(new Regex("/admin/news/\\d+/edit$"));
        var editUrl = new Uri(author.Url).AbsolutePath;

        // The editor finds it in the review queue and sends it back; an empty comment is refused first.
        var editor = await SignInAsEditorAsync();
        await editor.Locator("nav.admin-nav").GetByRole(AriaRole.Link, new() { Name = "审核队列" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(editor.Locator(".review-diff")).ToContainTextAsync("此段有错别字。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "退回给作者" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Alert)).ToContainTextAsync("退回修改时请填写意见");
        await editor.GetByLabel("退回意见").FillAsync("第二段错别字请改正后再提交。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "退回给作者" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "已退回修改" })).ToBeVisibleAsync();

        // The author sees the unread count in the header, reads the comment and follows it to the draft.
        await author.GotoAsync("/admin");
        await Assertions.Expect(author.Locator(".notification-count")).ToBeVisibleAsync();
        await author.Locator("a.notification-badge").ClickAsync();
        var notice = author.Locator(".notification-list li").Filter(new() { HasText = "第二段错别字请改正后再提交。" });
        await notice.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(author).ToHaveURLAsync(new Regex(Regex.Escape(editUrl) + "$"));
        await Assertions.Expect(author.Locator("[data-field=status]")).ToHaveTextAsync("草稿");

        await WriteMarkdownAsync(author, "Body", "代表们察看了民生实事进展。\n\n此段已改正。");
        await author.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await Assertions.Expect(author.Locator("[data-field=status]")).ToHaveTextAsync("待审核");

        // The editor publishes the corrected text; the history keeps every step.
        await editor.GotoAsync("/admin/review");
        await editor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(editor.Locator(".review-diff")).ToContainTextAsync("此段已改正。");
        await Assertions.Expect(editor.GetByRole(AriaRole.Cell, new() { Name = "第二段错别字请改正后再提交。" })).ToBeVisibleAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "通过并发布" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "已审核通过并发布" })).ToBeVisibleAsync();

        var reader = await OpenAsync("reader");
        await reader.GotoAsync("/columns/gongzuo-dongtai");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("此段已改正。");
    });
}

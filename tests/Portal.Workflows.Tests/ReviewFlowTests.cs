using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Testing;
using Portal.Workflows.Models;

namespace Portal.Workflows.Tests;

public sealed class ReviewFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Author_submits_editor_sends_back_author_is_notified_fixes_and_editor_publishes()
    {
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await ReviewDriver.SubmitArticleAsync(factory, author, "审核流程测试稿", "第一段。\n\n第二段有错字。");

        Assert.Contains("审核流程测试稿", await editor.GetStringAsync("/admin/review"));
        Assert.Contains("以下全文均为新增", await editor.GetStringAsync($"/admin/review/{id}"));

        var refused = await ReviewDriver.SendBackAsync(editor, id, "  ");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("退回修改时请填写意见", await refused.Content.ReadAsStringAsync());

        var sentBack = await ReviewDriver.SendBackAsync(editor, id, "第二段错字请改正。");
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Equal(ContentStatus.Draft, await StatusAsync(id));

        var inbox = await author.GetStringAsync("/notifications");
        Assert.Contains("第二段错字请改正。", inbox);
        Assert.Contains("notification-count", inbox);
        Assert.Contains("notification-count", await author.GetStringAsync("/admin"));

        var resubmitted = await ReviewDriver.ResubmitAsync(factory, author, id, "审核流程测试稿", "第一段。\n\n第二段已改正。");
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(ContentStatus.PendingReview, await StatusAsync(id));

        var approved = await ReviewDriver.ApproveAsync(editor, id);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(ContentStatus.Published, await StatusAsync(id));

        await using var scope = factory.CreateScope();
        var history = await factory.Db(scope).Set<ReviewEntry>().Where(e => e.ContentItemId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([ReviewAction.Submitted, ReviewAction.SentBack, ReviewAction.Submitted, ReviewAction.Approved], history);
        var mails = await factory.Db(scope).Set<OutboxMail>().Where(m => m.Subject.Contains("审核流程测试稿")).Select(m => m.Subject).ToListAsync();
        Assert.Contains(mails, s => s.StartsWith("退回修改"));
        Assert.Contains(mails, s => s.StartsWith("已发布"));
    }

    [Theory]
    [InlineData("Article", "文章")]
    [InlineData("SummaryReport", "总结报告")]
    [InlineData("Regulation", "规章制度")]
    [InlineData("DelegateProfile", "代表资料")]
    [InlineData("Contest", "征文活动")]
    public async Task Every_content_type_goes_through_the_same_review_queue(string contentType, string typeName)
    {
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var title = $"各类型审核测试：{typeName}";
        long id;
        await using (var scope = factory.CreateScope())
        {
            var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var created = await contents.CreateAsync(contentType, new ContentDraft(title, "待审核的正文。"));
            id = created.Item!.Id;
            Assert.True((await contents.SubmitAsync(id, created.Item.ConcurrencyStamp)).Succeeded);
        }

        Assert.Contains(title, await editor.GetStringAsync("/admin/review"));
        Assert.Contains(typeName, await editor.GetStringAsync($"/admin/review/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.ApproveAsync(editor, id)).StatusCode);
        Assert.Equal(ContentStatus.Published, await StatusAsync(id));
    }

    [Fact]
    public async Task The_review_page_shows_what_changed_since_the_published_version()
    {
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await ReviewDriver.SubmitArticleAsync(factory, author, "差异对比测试稿", "保留的一段。\n\n将被删除的一段。");
        await ReviewDriver.ApproveAsync(editor, id);

        await ReviewDriver.ResubmitAsync(factory, author, id, "差异对比测试稿", "保留的一段。\n\n新写的一段。");

        var page = await editor.GetStringAsync($"/admin/review/{id}");
        Assert.Contains("<del class=\"diff-line\">将被删除的一段。</del>", page);
        Assert.Contains("<ins class=\"diff-line\">新写的一段。</ins>", page);
        Assert.Contains("<span class=\"diff-line\">保留的一段。</span>", page);
    }

    [Fact]
    public async Task Authors_cannot_open_the_review_queue_and_a_missing_item_is_404()
    {
        var author = await PortalClient.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Http.GetAsync("/admin/review")).StatusCode);
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync("/admin/review/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Create(factory).Http.GetAsync("/notifications")).StatusCode);
    }

    private async Task<ContentStatus> StatusAsync(long id)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }
}

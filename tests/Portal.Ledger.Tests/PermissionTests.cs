using System.Net;
using Portal.Ledger.Models;
using Portal.Testing;

namespace Portal.Ledger.Tests;

/// <summary>Editors manage ledgers; an owner updates only their own tasks; the others see nothing of the admin.</summary>
public sealed class PermissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // In the demo ledger task 34 is the author's, task 32 an editor's.
    private const int AuthorsTask = 34;
    private const int EditorsTask = 32;

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var anonymous = PortalClient.Create(factory);
        var id = await new LedgerDriver(factory, anonymous).TaskIdAsync(AuthorsTask);
        foreach (var url in new[] { "/admin/ledger", "/admin/ledger/tasks/mine", $"/admin/ledger/tasks/{id}", "/admin/ledger/1/export" })
        {
            var response = await anonymous.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task An_owner_may_open_and_update_their_own_task()
    {
        var author = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await author.TaskIdAsync(AuthorsTask);

        Assert.Contains("主任会议议题前期准备", await author.Client.GetStringAsync("/admin/ledger/tasks/mine"));
        Assert.DoesNotContain("专题询问意见落实情况跟踪督办", await author.Client.GetStringAsync("/admin/ledger/tasks/mine"));
        var page = await author.WorkspaceAsync(id);
        Assert.Contains("更新进展", page);
        Assert.DoesNotContain("编辑任务信息", page);

        var after = await author.ReportAndFollowAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "55", ["Note"] = "议题材料已送审。", ["IsPublic"] = "false" });
        Assert.Contains("进展已提交", after);
        Assert.Equal(55, (await author.TaskAsync(AuthorsTask)).Progress);
    }

    [Fact]
    public async Task An_owner_editing_someone_else_s_task_gets_403_and_a_Chinese_message_and_nothing_changes()
    {
        var author = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await author.TaskIdAsync(EditorsTask);
        var before = await author.TaskAsync(EditorsTask);

        var page = await author.Client.Http.GetAsync($"/admin/ledger/tasks/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("这项工作任务不是由您负责的", await page.Content.ReadAsStringAsync());

        // The same POST the owner's form would send, with a valid token from the author's own task page.
        var own = await author.WorkspaceAsync(await author.TaskIdAsync(AuthorsTask));
        var post = await author.Client.Http.PostAsync($"/admin/ledger/tasks/{id}/report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.Token(own),
            ["ConcurrencyStamp"] = before.ConcurrencyStamp.ToString(),
            ["Status"] = "Done",
            ["Progress"] = "100",
            ["Note"] = "越权提交",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("您只能更新自己负责的任务", await post.Content.ReadAsStringAsync());

        var after = await author.TaskAsync(EditorsTask);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.False(await author.DbAsync(db => Task.FromResult(db.Set<ProgressUpdate>().Any(u => u.Text == "越权提交"))));
    }

    [Fact]
    public async Task An_owner_cannot_manage_ledgers_edit_task_fields_or_link_news()
    {
        var author = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await author.TaskIdAsync(AuthorsTask);
        foreach (var url in new[] { "/admin/ledger", "/admin/ledger/1", $"/admin/ledger/tasks/{id}/edit", "/admin/ledger/1/export", "/admin/ledger/1/import", "/admin/ledger/tasks/create?ledgerId=1" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.Http.GetAsync(url)).StatusCode);
        }

        var token = PortalClient.Token(await author.WorkspaceAsync(id));
        var link = await author.Client.Http.PostAsync($"/admin/ledger/tasks/{id}/links",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["article"] = "2012-portal-launched" }));
        Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
    }

    [Fact]
    public async Task A_judge_has_no_ledger_admin_at_all()
    {
        var judge = await PortalClient.SignedInAsync(factory, DemoAccounts.Judge, DemoAccounts.JudgePassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.Http.GetAsync("/admin/ledger/tasks/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.Http.GetAsync("/admin/ledger")).StatusCode);
        Assert.DoesNotContain("我负责的任务", await judge.GetStringAsync("/admin"));
    }

    [Fact]
    public async Task An_editor_manages_every_task_and_tampered_ids_are_not_found()
    {
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.Contains("编辑任务信息", await editor.WorkspaceAsync(await editor.TaskIdAsync(AuthorsTask)));
        Assert.Contains("台账管理", await editor.Client.GetStringAsync("/admin"));
        foreach (var url in new[] { "/admin/ledger/99999", "/admin/ledger/tasks/99999", "/admin/ledger/tasks/99999/edit", "/admin/ledger/99999/export", "/admin/ledger/tasks/files/99999" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.Http.GetAsync(url)).StatusCode);
        }
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Ledger.Models;
using Portal.Search.Models;
using Portal.Testing;

namespace Portal.Ledger.Tests;

/// <summary>Owners report progress with evidence; editors edit tasks; every change is trailed, checked and refreshed on the public pages.</summary>
public sealed partial class TaskFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Completing_a_task_with_a_public_note_and_evidence_changes_the_public_figures_at_once()
    {
        var reader = PortalClient.Create(factory);
        var before = await reader.GetStringAsync("/ledger/2012");
        Assert.Equal("42", Figure(before, "done"));

        var owner = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await owner.TaskIdAsync(33);
        var page = await owner.ReportAndFollowAsync(id,
            new() { ["Status"] = "Done", ["Progress"] = "100", ["CompletedOn"] = "2012-12-19", ["Note"] = "调研报告已提交主任会议。", ["IsPublic"] = "true" },
            ("调研照片.png", LedgerDriver.Png));
        Assert.Contains("状态：进行中 → 已完成", page);
        Assert.Contains("进度：70% → 100%", page);
        Assert.Contains("调研照片.png", page);

        var after = await reader.GetStringAsync("/ledger/2012");
        Assert.Equal("43", Figure(after, "done"));
        Assert.Equal("82.7%", Figure(after, "rate"));
        Assert.Equal("5/8", Figure(after, "areas"));

        var task = await reader.GetStringAsync("/ledger/2012/tasks/33");
        Assert.Contains("调研报告已提交主任会议。", task);
        Assert.Contains("作者甲", task);
        Assert.Contains("完成日期：（无） → 2012-12-19", task);
        var file = PublicFile().Match(task).Value;
        var download = await reader.Http.GetAsync(file);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(LedgerDriver.Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_internal_note_and_its_attachment_stay_in_the_admin()
    {
        const string secret = "内部意见：请暂缓对外口径，经费来源尚未确定。";
        var owner = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await owner.TaskIdAsync(39);
        var admin = await owner.ReportAndFollowAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "45", ["Note"] = secret, ["IsPublic"] = "false" },
            ("内部材料.png", LedgerDriver.Png));
        Assert.Contains(secret, admin);
        var adminFile = AdminFile().Match(admin).Value;
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.Http.GetAsync(adminFile)).StatusCode);

        var reader = PortalClient.Create(factory);
        var task = await reader.GetStringAsync("/ledger/2012/tasks/39");
        Assert.DoesNotContain(secret, task);
        Assert.DoesNotContain("内部材料.png", task);
        Assert.Contains("进度：40% → 45%", task);
        var attachmentId = adminFile[(adminFile.LastIndexOf('/') + 1)..];
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/ledger/files/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Http.GetAsync(adminFile)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_Chinese_messages_keeps_the_typed_note_and_saves_nothing()
    {
        var owner = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var id = await owner.TaskIdAsync(38);
        var before = await owner.TaskAsync(38);

        var tooMuch = await owner.ReportAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "150", ["Note"] = "进度写错了的说明" });
        var html = await tooMuch.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Contains("进度须在 0 到 100 之间，填写的是 150。", html);
        Assert.Contains("进度写错了的说明", html);

        var fakePdf = await owner.ReportAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "85", ["Note"] = "附件有问题的说明" },
            null, ("伪装.pdf", "这不是PDF"u8.ToArray()));
        html = await fakePdf.Content.ReadAsStringAsync();
        Assert.Contains("附件“伪装.pdf”未能上传", html);
        Assert.Contains("请勿只修改文件扩展名", html);
        Assert.Contains("附件有问题的说明", html);

        var nothing = await owner.ReportAsync(id, new() { ["Status"] = before.Status.ToString(), ["Progress"] = before.Progress.ToString() });
        Assert.Contains("请填写进展情况，或修改状态、进度后再提交。", await nothing.Content.ReadAsStringAsync());

        var overdue = await owner.ReportAsync(id, new() { ["Status"] = "Overdue", ["Progress"] = "85", ["Note"] = "x" });
        Assert.Contains("“已逾期”由完成时限自动判断", await overdue.Content.ReadAsStringAsync());

        var after = await owner.TaskAsync(38);
        Assert.Equal(before.Progress, after.Progress);
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.False(await owner.DbAsync(db => db.Set<ProgressUpdate>().AnyAsync(u => u.TaskId == id && u.Text.Contains("说明"))));
    }

    [Fact]
    public async Task Two_people_updating_the_same_task_at_once_the_second_is_refused_not_merged()
    {
        var owner = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var other = await LedgerDriver.SignedInAsync(factory, DemoAccounts.SecondEditor, DemoAccounts.EditorPassword);
        var id = await owner.TaskIdAsync(52);
        var stale = PortalClient.InputValue(await other.WorkspaceAsync(id), "ConcurrencyStamp");

        await owner.ReportAndFollowAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "90", ["Note"] = "总结报告已送审。", ["IsPublic"] = "true" });
        var refused = await other.ReportAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "85", ["Note"] = "基于旧情况的进展。" }, stale);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("已被他人修改", html);
        Assert.Contains("基于旧情况的进展。", html);
        Assert.Contains("总结报告已送审。", html);
        var task = await owner.TaskAsync(52);
        Assert.Equal(90, task.Progress);
        Assert.False(await owner.DbAsync(db => db.Set<ProgressUpdate>().AnyAsync(u => u.Text == "基于旧情况的进展。")));

        // The form now carries the latest stamp: sending it again is a deliberate choice, and is accepted.
        var again = await other.ReportAsync(id, new() { ["Status"] = "InProgress", ["Progress"] = "85", ["Note"] = "基于旧情况的进展。" },
            PortalClient.InputValue(html, "ConcurrencyStamp"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task An_editor_s_stale_edit_is_refused_and_a_deadline_before_the_start_is_explained()
    {
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.TaskIdAsync(51);
        var form = await editor.Client.GetStringAsync($"/admin/ledger/tasks/{id}/edit");
        var fields = EditFields(form);

        fields["Deadline"] = "2012-01-01";
        var invalid = await editor.Client.PostFormAsync($"/admin/ledger/tasks/{id}/edit", $"/admin/ledger/tasks/{id}/edit", fields);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("完成时限（2012-01-01）不能早于开始日期（2012-03-01）。", html);
        Assert.Contains("value=\"2012-01-01\"", html);

        fields["Deadline"] = "2013-01-31";
        fields["OwnerUnits"] = "研究室、信息科";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.PostFormAsync($"/admin/ledger/tasks/{id}/edit", $"/admin/ledger/tasks/{id}/edit", fields)).StatusCode);
        var trail = await editor.WorkspaceAsync(id);
        Assert.Contains("完成时限：2012-12-31 → 2013-01-31", trail);
        Assert.Contains("责任单位：研究室 → 研究室、信息科", trail);
        Assert.True(await editor.DbAsync(db => db.Set<SearchQueueEntry>().AnyAsync(e => e.Kind == "LedgerTask" && e.Key == id.ToString())),
            "An edited task is queued for the search index.");

        // The first form's stamp is now stale.
        fields["Deadline"] = "2013-02-28";
        var stale = await editor.Client.PostFormAsync($"/admin/ledger/tasks/{id}/edit", $"/admin/ledger/tasks/{id}/edit", fields);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());
        Assert.Equal(new DateOnly(2013, 1, 31), (await editor.TaskAsync(51)).Deadline);
    }

    [Fact]
    public async Task Sub_tasks_roll_up_into_the_task_s_progress_and_block_completion_while_open()
    {
        var owner = await LedgerDriver.SignedInAsync(factory, DemoAccounts.SecondEditor, DemoAccounts.EditorPassword);
        var task = await owner.TaskAsync(37);
        var sub = task.SubTasks.Single(s => s.Title == "组织选举");
        var page = await owner.WorkspaceAsync(task.Id);

        var saved = await owner.Client.PostFormAsync($"/admin/ledger/tasks/{task.Id}", $"/admin/ledger/tasks/{task.Id}/subtasks/{sub.Id}",
            new() { ["concurrencyStamp"] = PortalClient.InputValue(page, "ConcurrencyStamp"), ["title"] = "组织选举", ["progress"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await owner.WorkspaceAsync(task.Id);
        Assert.Contains("进度：53% → 63%", after);

        var done = await owner.ReportAsync(task.Id, new() { ["Status"] = "Done", ["Progress"] = "100", ["Note"] = "想直接完成" });
        Assert.Contains("还有未完成的子任务，不能标记为已完成。", await done.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_editor_links_a_published_article_and_the_public_task_page_shows_it()
    {
        var editor = await LedgerDriver.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.TaskIdAsync(50);
        var page = $"/admin/ledger/tasks/{id}";

        var unknown = await editor.Client.PostFormAsync(page, $"{page}/links", new() { ["article"] = "no-such-article" });
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Contains("找不到网址标识或编号为“no-such-article”的文章。", await editor.Client.GetStringAsync(page));

        await editor.Client.PostFormAsync(page, $"{page}/links", new() { ["article"] = "/news/2012-portal-launched" });
        Assert.Contains("/news/2012-portal-launched", await PortalClient.Create(factory).GetStringAsync("/ledger/2012/tasks/50"));
    }

    private static Dictionary<string, string> EditFields(string html) =>
        new[] { "ConcurrencyStamp", "Number", "Title", "OwnerUnits", "StartDate", "Deadline", "Progress", "CompletedOn" }
            .ToDictionary(n => n, n => Regex.IsMatch(html, $"<input[^>]*name=\"{n}\"[^>]*value=") ? PortalClient.InputValue(html, n) : "")
            .Concat(new[] { "AreaId", "OwnerId", "LeaderId", "Status" }.Select(n => KeyValuePair.Create(n, Selected(html, n))))
            .Append(KeyValuePair.Create("Description", Regex.Match(html, "<textarea id=\"Description\"[^>]*>([^<]*)</textarea>").Groups[1].Value))
            .ToDictionary();

    private static string Selected(string html, string name)
    {
        var select = Regex.Match(html, $"<select id=\"{name}\" name=\"{name}\">(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Match(select, "<option value=\"([^\"]*)\" selected=\"selected\"").Groups[1].Value;
    }

    private static string Figure(string html, string name) =>
        Regex.Match(html, $"data-figure=\"{name}\">([^<]*)<").Groups[1].Value;

    [GeneratedRegex("/ledger/files/\\d+")]
    private static partial Regex PublicFile();

    [GeneratedRegex("/admin/ledger/tasks/files/\\d+")]
    private static partial Regex AdminFile();
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Contents.Models;
using Portal.Study.Models;
using Portal.Testing;
using static Portal.Study.Tests.StudyDriver;

namespace Portal.Study.Tests;

/// <summary>The main flows through the pages with a fake clock: QR sign-in, leave, reflections, statistics.</summary>
public sealed class FlowTests(StudyPortal portal) : IClassFixture<StudyPortal>
{
    [Fact]
    public async Task A_member_signs_in_with_the_QR_code_only_inside_the_window_and_only_for_themselves()
    {
        var organiser = await portal.SignInAsync(Organiser);
        var staff2 = await portal.SignInAsync(Staff2);
        var staff3 = await portal.SignInAsync(Staff3);
        var id = await PlanSessionAsync(organiser, "签到测试学习", portal.Now.AddHours(2), TimeSpan.FromHours(1));
        var link = await SignInLinkAsync(organiser, id);
        Assert.StartsWith($"/study/sign-in/{id}.", link);

        // Too early: refused with the reason, nothing recorded.
        var early = await SignInWithAsync(staff2, link);
        Assert.Equal(HttpStatusCode.BadRequest, early.Response.StatusCode);
        Assert.Contains("签到尚未开始", early.Body);

        // In the window: signed in as the signed-in user; a second scan changes nothing.
        portal.Clock.Advance(TimeSpan.FromHours(2));
        var done = await SignInWithAsync(staff2, link);
        Assert.Contains("签到成功", done.Body);
        Assert.Contains("您已签到。", done.Body);
        Assert.Contains("您已签到。", (await SignInWithAsync(staff2, link)).Body);
        var sheet = await organiser.GetStringAsync($"/admin/study/sessions/{id}");
        Assert.Equal("出席", SheetStatus(sheet, "干部乙"));
        Assert.Equal("未签到", SheetStatus(sheet, "干部丙"));

        // A forged signature and a code replaced by the organiser are refused.
        var forged = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];
        Assert.Contains("签到二维码无效", (await SignInWithAsync(staff3, forged)).Body);
        await organiser.PostFormAsync($"/admin/study/sessions/{id}", $"/admin/study/sessions/{id}/new-code", []);
        var replaced = await SignInWithAsync(staff3, link);
        Assert.Equal(HttpStatusCode.BadRequest, replaced.Response.StatusCode);
        Assert.Contains("签到二维码无效", replaced.Body);

        // After the end the new code is refused too; the organiser can still sign a member in.
        var current = await SignInLinkAsync(organiser, id);
        portal.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.Contains("签到已结束", (await SignInWithAsync(staff3, current)).Body);
        var memberId = await UserIdAsync(Staff3);
        await organiser.PostFormAsync($"/admin/study/sessions/{id}", $"/admin/study/sessions/{id}/sign-in-for", new() { ["memberId"] = memberId });
        sheet = Decoded(await organiser.GetStringAsync($"/admin/study/sessions/{id}"));
        Assert.Equal("出席", SheetStatus(sheet, "干部丙"));
        Assert.Contains("由学习组织者甲代签", sheet);
        Assert.Equal("缺席", SheetStatus(sheet, "干部甲"));

        await using var scope = portal.CreateScope();
        var signIns = await StudyPortal.Db(scope).Set<SessionSignIn>().Where(s => s.SessionId == id).ToListAsync();
        Assert.Equal(2, signIns.Count);
    }

    [Fact]
    public async Task An_organiser_creates_a_branch_and_a_bad_name_is_refused_with_what_was_typed_kept()
    {
        var organiser = await portal.SignInAsync(Organiser);
        const string page = "/admin/study/branches";

        var created = await organiser.PostFormAsync(page, "/admin/study/branches/create", new() { ["name"] = " 机关第三支部 " });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var branches = Decoded(await organiser.GetStringAsync(page));
        Assert.Contains("已新建机关第三支部", branches);
        Assert.Contains("<option value=\"", branches);
        Assert.Contains(">机关第三支部</option>", branches);

        foreach (var (name, message) in new[]
        {
            ("机关第三支部", "已有名为“机关第三支部”的支部。"),
            ("", "请填写支部名称。"),
            (new string('支', 51), "支部名称不能超过 50 个字。"),
        })
        {
            var refused = await organiser.PostFormAsync(page, "/admin/study/branches/create", new() { ["name"] = name });
            var body = Decoded(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, body);
            if (name.Length > 0)
            {
                Assert.Equal(name, PortalClient.InputValue(body, "name"));
            }
        }

        await using var scope = portal.CreateScope();
        Assert.Equal(1, await StudyPortal.Db(scope).Set<StudyBranch>().CountAsync(b => b.Name == "机关第三支部"));
        var staff = await portal.SignInAsync(Staff1);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.PostAsync("/admin/study/branches/create",
            new FormUrlEncodedContent([new("name", "越权支部")]))).StatusCode);
    }

    [Fact]
    public async Task A_changed_session_time_makes_the_old_code_outdated()
    {
        var organiser = await portal.SignInAsync(Organiser);
        var staff1 = await portal.SignInAsync(Staff1);
        var start = portal.Now.AddMinutes(10);
        var id = await PlanSessionAsync(organiser, "改期测试学习", start, TimeSpan.FromHours(1));
        var link = await SignInLinkAsync(organiser, id);
        var edit = await organiser.GetStringAsync($"/admin/study/sessions/{id}/edit");
        await organiser.PostFormAsync($"/admin/study/sessions/{id}/edit", "/admin/study/sessions/save", new()
        {
            ["Id"] = id.ToString(),
            ["Title"] = PortalClient.InputValue(edit, "Title"),
            ["Topic"] = "监督法",
            ["Form"] = "Collective",
            ["StartsAt"] = start.AddMinutes(20).ToString("yyyy-MM-ddTHH:mm"),
            ["EndsAt"] = start.AddMinutes(80).ToString("yyyy-MM-ddTHH:mm"),
        });

        var refused = await SignInWithAsync(staff1, link);

        Assert.Contains("签到二维码已失效", refused.Body);
        Assert.Contains("签到成功", (await SignInWithAsync(staff1, await SignInLinkAsync(organiser, id))).Body);
    }

    [Fact]
    public async Task A_leave_is_requested_approved_by_the_branch_head_and_closed_after_the_session_with_every_step_kept()
    {
        var organiser = await portal.SignInAsync(Organiser);
        var staff1 = await portal.SignInAsync(Staff1);
        var staff3 = await portal.SignInAsync(Staff3);
        var head = await portal.SignInAsync(BranchHead);
        var id = await PlanSessionAsync(organiser, "请假测试学习", portal.Now.AddDays(1), TimeSpan.FromHours(2));

        var requested = Decoded(await FollowAsync(staff1, await RequestLeaveAsync(staff1, id, "参加市里组织的专题培训。")));
        Assert.Contains("请假申请已提交", requested);
        Assert.Contains("data-field=\"leave-status\">待审批<", requested);
        Assert.Contains("已提交过", Decoded(await FollowAsync(staff1, await RequestLeaveAsync(staff1, id, "再请一次"))));
        var leaveId = await LeaveIdAsync(id, Staff1);

        // Another branch's member cannot decide it; the branch head of staff1 can.
        var notHead = await staff3.PostFormAsync("/admin/study/leave", $"/admin/study/leave/{leaveId}/approve", []);
        Assert.Contains("只有请假人所在支部的负责人才能审批", Decoded(await FollowAsync(staff3, notHead)));
        var headPage = Decoded(await head.GetStringAsync("/admin/study/leave"));
        Assert.Contains("参加市里组织的专题培训。", headPage);
        Assert.Contains("已批准请假", Decoded(await FollowAsync(head, await head.PostFormAsync("/admin/study/leave", $"/admin/study/leave/{leaveId}/approve", []))));
        Assert.Contains("已经处理过", Decoded(await FollowAsync(head, await head.PostFormAsync("/admin/study/leave", $"/admin/study/leave/{leaveId}/refuse", []))));

        // 销假 only after the session.
        Assert.Contains("学习结束后才能销假", Decoded(await FollowAsync(staff1, await staff1.PostFormAsync("/admin/study/leave", $"/admin/study/leave/{leaveId}/close", []))));
        portal.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(3));
        (staff1, staff3, organiser) = (await portal.SignInAsync(Staff1), await portal.SignInAsync(Staff3), await portal.SignInAsync(Organiser));
        var closed = Decoded(await FollowAsync(staff1, await staff1.PostFormAsync("/admin/study/leave", $"/admin/study/leave/{leaveId}/close", [])));
        Assert.Contains("已销假", closed);
        Assert.Contains("干部甲 提交请假", closed);
        Assert.Contains("支部负责人甲 批准", closed);
        Assert.Contains("干部甲 销假", closed);
        Assert.Equal("请假", SheetStatus(await organiser.GetStringAsync($"/admin/study/sessions/{id}"), "干部甲"));

        // After the session nobody can ask for leave any more; the reason typed is shown again.
        var late = await RequestLeaveAsync(staff3, id, "临时有事。");
        var latePage = Decoded(await late.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("本次学习已经结束，不能再请假。", latePage);
        Assert.Contains("临时有事。</textarea>", latePage);

        await using var scope = portal.CreateScope();
        var steps = await StudyPortal.Db(scope).Set<LeaveStep>().Where(s => s.LeaveRequestId == leaveId).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([LeaveStatus.Pending, LeaveStatus.Approved, LeaveStatus.Closed], steps.Select(s => s.Status));
        Assert.Equal(["干部甲", "支部负责人甲", "干部甲"], steps.Select(s => s.ByName));
    }

    [Fact]
    public async Task A_reflection_over_the_limit_is_refused_and_kept_and_a_good_one_goes_to_the_news_review()
    {
        var staff1 = await portal.SignInAsync(Staff1);
        var organiser = await portal.SignInAsync(Organiser);
        var sessionId = await FirstSessionIdAsync();
        var tooLong = "学习体会" + new string('学', 3000);

        var refused = await staff1.PostFormAsync("/admin/study/reflections", "/admin/study/reflections", new()
        {
            ["Kind"] = "Reflection", ["SessionId"] = sessionId.ToString(), ["Title"] = "超长的体会", ["Body"] = tooLong,
        });
        var refusedPage = Decoded(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("正文不能超过 3000 个字（现有 3004 个字），请删减后再提交。", refusedPage);
        Assert.Contains(tooLong + "</textarea>", refusedPage);
        Assert.Contains("value=\"超长的体会\"", refusedPage);

        var title = "学习监督法的体会" + Guid.NewGuid().ToString("N")[..4];
        var saved = await staff1.PostFormAsync("/admin/study/reflections", "/admin/study/reflections", new()
        {
            ["Kind"] = "Reflection", ["SessionId"] = sessionId.ToString(), ["Title"] = title, ["Body"] = "专项工作报告、执法检查和专题询问是常委会监督的重要方式。",
        });
        Assert.Contains($"已提交“{title}”", Decoded(await FollowAsync(staff1, saved)));
        var reflectionId = await ReflectionIdAsync(title);

        Assert.Contains("只有评为优秀", Decoded(await FollowAsync(organiser, await organiser.PostFormAsync("/admin/study/reflections/all", $"/admin/study/reflections/{reflectionId}/publish", new() { ["columnId"] = "1" }))));
        await organiser.PostFormAsync("/admin/study/reflections/all", $"/admin/study/reflections/{reflectionId}/mark", new() { ["good"] = "true" });
        var column = await ColumnIdAsync("机关建设");
        var sent = Decoded(await FollowAsync(organiser, await organiser.PostFormAsync("/admin/study/reflections/all", $"/admin/study/reflections/{reflectionId}/publish", new() { ["columnId"] = column.ToString() })));
        Assert.Contains("作为文章草稿提交审核", sent);

        await using var scope = portal.CreateScope();
        var db = StudyPortal.Db(scope);
        var articleId = (await db.Set<Reflection>().SingleAsync(r => r.Id == reflectionId)).ArticleId;
        var article = await db.Set<ContentItem>().SingleAsync(i => i.Id == articleId);
        Assert.Equal(ContentStatus.PendingReview, article.Status);
        Assert.False(await db.Set<ContentVersion>().AnyAsync(v => v.ContentItemId == articleId && v.IsPublished));
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Anonymous().Http.GetAsync($"/news/{article.Slug}")).StatusCode);
        Assert.Contains("已经投稿", Decoded(await FollowAsync(organiser, await organiser.PostFormAsync("/admin/study/reflections/all", $"/admin/study/reflections/{reflectionId}/publish", new() { ["columnId"] = column.ToString() }))));
    }

    [Fact]
    public async Task The_2012_statistics_per_person_and_branch_match_the_demo_sheets_and_export_to_Excel()
    {
        var organiser = await portal.SignInAsync(Organiser);

        var page = Decoded(await organiser.GetStringAsync("/admin/study/statistics?year=2012"));
        Assert.Contains("出席 50 人次，请假 3 人次，缺席 2 人次，心得体会 4 篇。", page);
        Assert.Contains("<tr data-person=\"干部丙\"><td>干部丙</td><td>机关第二支部</td><td>11</td><td>9</td><td>1</td><td>1</td><td>1</td></tr>", page);
        Assert.Contains("<tr data-branch=\"机关第一支部\"><td>机关第一支部</td><td>3</td><td>30</td><td>2</td><td>1</td><td>3</td></tr>", page);

        var workbook = await organiser.Http.GetByteArrayAsync("/admin/study/statistics/export?year=2012");
        using var stream = new MemoryStream(workbook);
        var people = stream.Query(useHeaderRow: true, sheetName: "个人", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        var staff3 = people.Single(r => (string?)r["姓名"] == "干部丙");
        Assert.Equal(9, Convert.ToInt32(staff3["出席"]));
        Assert.Equal(5, people.Count);
        var branches = stream.Query(useHeaderRow: true, sheetName: "支部", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, branches.Count);
    }

    private async Task<int> FirstSessionIdAsync()
    {
        await using var scope = portal.CreateScope();
        return await StudyPortal.Db(scope).Set<StudySession>().OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = portal.CreateScope();
        return await StudyPortal.Db(scope).Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<int> LeaveIdAsync(int sessionId, string userName)
    {
        var userId = await UserIdAsync(userName);
        await using var scope = portal.CreateScope();
        return await StudyPortal.Db(scope).Set<LeaveRequest>().Where(l => l.SessionId == sessionId && l.UserId == userId).Select(l => l.Id).SingleAsync();
    }

    private async Task<int> ReflectionIdAsync(string title)
    {
        await using var scope = portal.CreateScope();
        return await StudyPortal.Db(scope).Set<Reflection>().Where(r => r.Title == title).Select(r => r.Id).SingleAsync();
    }

    private async Task<int> ColumnIdAsync(string name)
    {
        await using var scope = portal.CreateScope();
        return await StudyPortal.Db(scope).Set<Portal.News.Models.Column>().Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }
}

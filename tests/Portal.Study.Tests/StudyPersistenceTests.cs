using Microsoft.EntityFrameworkCore;
using Portal.Study.Models;
using Portal.Testing;
using static Portal.Study.Tests.StudyDriver;

namespace Portal.Study.Tests;

/// <summary>The study module's paths through the database, on SQLite and on PostgreSQL.</summary>
public sealed class StudyPersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_demo_year_a_sign_in_a_leave_with_its_steps_and_a_reflection_are_stored(string provider)
    {
        using var portal = StudyPortal.On(BothDatabases.Create(provider));
        Assert.Contains("data-figure=\"attendances\">50<", await portal.Anonymous().GetStringAsync("/study/2012"));

        var organiser = await portal.SignInAsync(Organiser);
        var staff1 = await portal.SignInAsync(Staff1);
        var staff2 = await portal.SignInAsync(Staff2);
        var head = await portal.SignInAsync(BranchHead);
        var id = await PlanSessionAsync(organiser, "持久化测试学习", portal.Now.AddMinutes(20), TimeSpan.FromHours(1));
        await FollowAsync(staff1, await RequestLeaveAsync(staff1, id, "出差。"));
        var leaveId = await Db(portal, db => db.Set<LeaveRequest>().Where(l => l.SessionId == id).Select(l => l.Id).SingleAsync());
        await head.PostFormAsync("/admin/study/leave", $"/admin/study/leave/{leaveId}/approve", new() { ["note"] = "同意。" });
        Assert.Contains("签到成功", (await SignInWithAsync(staff2, await SignInLinkAsync(organiser, id))).Body);
        await staff2.PostFormAsync("/admin/study/reflections", "/admin/study/reflections", new()
        {
            ["Kind"] = "Excerpt", ["SessionId"] = id.ToString(), ["Title"] = "监督法摘录", ["Body"] = "各级人民代表大会常务委员会依法行使监督职权。",
        });

        var sheet = await organiser.GetStringAsync($"/admin/study/sessions/{id}");
        Assert.Equal("请假", SheetStatus(sheet, "干部甲"));
        Assert.Equal("出席", SheetStatus(sheet, "干部乙"));
        var steps = await Db(portal, db => db.Set<LeaveStep>().Where(s => s.LeaveRequestId == leaveId).OrderBy(s => s.Id).Select(s => new { s.Status, s.ByName, s.Note }).ToListAsync());
        Assert.Equal([(LeaveStatus.Pending, "干部甲", (string?)null), (LeaveStatus.Approved, "支部负责人甲", "同意。")], steps.Select(s => (s.Status, s.ByName, s.Note)));
        var reflection = await Db(portal, db => db.Set<Reflection>().SingleAsync(r => r.SessionId == id));
        Assert.Equal(ReflectionKind.Excerpt, reflection.Kind);
        Assert.NotEmpty(await organiser.Http.GetByteArrayAsync($"/admin/study/statistics/export?year={portal.Now.Year}"));
    }

    private static async Task<T> Db<T>(StudyPortal portal, Func<Portal.Core.Data.PortalDbContext, Task<T>> query)
    {
        await using var scope = portal.CreateScope();
        return await query(StudyPortal.Db(scope));
    }
}

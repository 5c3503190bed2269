using System.Net;
using Portal.Testing;
using static Portal.Study.Tests.StudyDriver;

namespace Portal.Study.Tests;

/// <summary>Who may open what: the public, staff, the branch head, the organiser, and people outside the study module.</summary>
public sealed class PermissionTests(StudyPortal portal) : IClassFixture<StudyPortal>
{
    [Fact]
    public async Task The_public_sees_the_2012_summary_without_any_name()
    {
        var page = Decoded(await portal.Anonymous().GetStringAsync("/study/2012"));

        Assert.Contains("2012年学习活动", page);
        Assert.Contains("data-figure=\"sessions\">13<", page);
        Assert.Contains("data-figure=\"attendances\">50<", page);
        Assert.Contains("<tr data-form=\"集中学习\"><th scope=\"row\">集中学习</th><td>4</td></tr>", page);
        Assert.Contains("<tr data-form=\"个人自学\"><th scope=\"row\">个人自学</th><td>1</td></tr>", page);
        foreach (var topic in new[] { "新九论", "新十八谈", "两会精神", "代表法", "监督法", "食品安全法", "交通安全法" })
        {
            Assert.Contains(topic, page);
        }

        foreach (var name in new[] { "干部甲", "干部乙", "干部丙", "支部负责人甲", "学习组织者甲", "示例主讲人甲", "示例法学教授甲" })
        {
            Assert.DoesNotContain(name, page);
        }

        Assert.Contains("href=\"/study\"", await portal.Anonymous().GetStringAsync("/"));
        Assert.Contains("/study/2012", await portal.Anonymous().GetStringAsync("/sitemap.xml"));
    }

    [Theory]
    [InlineData("/admin/study")]
    [InlineData("/admin/study/leave")]
    [InlineData("/study/sign-in/1.2.3.abc")]
    public async Task The_public_is_sent_to_the_login(string path)
    {
        var response = await portal.Anonymous().Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(Staff1, "/admin/study", HttpStatusCode.OK)]
    [InlineData(Staff1, "/admin/study/materials", HttpStatusCode.OK)]
    [InlineData(Staff1, "/admin/study/reflections", HttpStatusCode.OK)]
    [InlineData(Staff1, "/admin/study/sessions/create", HttpStatusCode.Forbidden)]
    [InlineData(Staff1, "/admin/study/statistics", HttpStatusCode.Forbidden)]
    [InlineData(Staff1, "/admin/study/statistics/export?year=2012", HttpStatusCode.Forbidden)]
    [InlineData(Staff1, "/admin/study/reflections/all", HttpStatusCode.Forbidden)]
    [InlineData(Staff1, "/admin/study/branches", HttpStatusCode.Forbidden)]
    [InlineData(BranchHead, "/admin/study/leave", HttpStatusCode.OK)]
    [InlineData(BranchHead, "/admin/study/statistics", HttpStatusCode.Forbidden)]
    [InlineData(Organiser, "/admin/study/sessions/create", HttpStatusCode.OK)]
    [InlineData(Organiser, "/admin/study/statistics", HttpStatusCode.OK)]
    [InlineData(Organiser, "/admin/study/reflections/all", HttpStatusCode.OK)]
    [InlineData(Organiser, "/admin/study/branches", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Editor, "/admin/study", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Admin, "/admin/study/statistics", HttpStatusCode.OK)]
    public async Task Each_role_opens_only_its_pages(string user, string path, HttpStatusCode expected)
    {
        var client = await portal.SignInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_staff_member_cannot_plan_sessions_or_sign_anybody_in()
    {
        var staff = await portal.SignInAsync(Staff1);
        var organiser = await portal.SignInAsync(Organiser);
        var id = await PlanSessionAsync(organiser, "权限测试学习", portal.Now.AddMinutes(10), TimeSpan.FromHours(1));
        var sessionPage = await staff.GetStringAsync($"/admin/study/sessions/{id}");
        var staffToken = PortalClient.Token(sessionPage);
        var memberId = await MemberIdAsync(Staff2);

        var signInFor = await staff.Http.PostAsync($"/admin/study/sessions/{id}/sign-in-for",
            new FormUrlEncodedContent([new("memberId", memberId), new("__RequestVerificationToken", staffToken)]));
        var save = await staff.Http.PostAsync("/admin/study/sessions/save",
            new FormUrlEncodedContent([new("Title", "越权"), new("__RequestVerificationToken", staffToken)]));

        Assert.Equal(HttpStatusCode.Forbidden, signInFor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.DoesNotContain("签到二维码", sessionPage);
        Assert.DoesNotContain("签到表", sessionPage);
        Assert.Equal("未签到", SheetStatus(await organiser.GetStringAsync($"/admin/study/sessions/{id}"), "干部乙"));
    }

    [Fact]
    public async Task Unknown_and_tampered_ids_are_not_found()
    {
        var organiser = await portal.SignInAsync(Organiser);

        Assert.Equal(HttpStatusCode.NotFound, (await organiser.Http.GetAsync("/admin/study/sessions/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.Http.GetAsync("/admin/study/sessions/99999/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.Http.GetAsync("/admin/study/materials/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.Http.GetAsync("/admin/study/materials/1/file")).StatusCode);
    }

    private async Task<string> MemberIdAsync(string userName)
    {
        await using var scope = portal.CreateScope();
        return StudyPortal.Db(scope).Users.Single(u => u.UserName == userName).Id;
    }
}

using System.Net;
using Portal.Testing;

namespace Portal.Contests.Tests;

/// <summary>Who may open what: anonymous readers, delegates, judges, editors and administrators; and the public pages.</summary>
public sealed class AccessTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    private const string Open = ClockedPortal.OpenContestSlug;
    private const string Closed = ClockedPortal.ClosedContestSlug;

    [Theory]
    [InlineData("/my/entries")]
    [InlineData("/my/entries/new?trackId=1")]
    [InlineData("/admin/contests")]
    [InlineData("/admin/judging")]
    [InlineData("/contest-files/1")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        var response = await portal.Anonymous().Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Anonymous_posts_are_refused()
    {
        var reader = portal.Anonymous();
        var token = PortalClient.Token(await reader.GetStringAsync("/account/login"));
        var response = await ContestDriver.PostAsync(reader, "/my/entries/save", token, new() { ["TrackId"] = "1", ["Title"] = "匿名" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    public static TheoryData<string, string, string, HttpStatusCode> Pages => new()
    {
        { DemoAccounts.Delegate, DemoAccounts.DelegatePassword, "/my/entries", HttpStatusCode.OK },
        { DemoAccounts.Delegate, DemoAccounts.DelegatePassword, "/admin/contests", HttpStatusCode.Forbidden },
        { DemoAccounts.Delegate, DemoAccounts.DelegatePassword, "/admin/judging", HttpStatusCode.Forbidden },
        { DemoAccounts.Delegate, DemoAccounts.DelegatePassword, "/admin/contests/{id}/judging", HttpStatusCode.Forbidden },
        { DemoAccounts.Judge, DemoAccounts.JudgePassword, "/admin/judging", HttpStatusCode.OK },
        { DemoAccounts.Judge, DemoAccounts.JudgePassword, "/my/entries", HttpStatusCode.Forbidden },
        { DemoAccounts.Judge, DemoAccounts.JudgePassword, "/admin/contests", HttpStatusCode.Forbidden },
        { DemoAccounts.Judge, DemoAccounts.JudgePassword, "/admin/contests/{id}/judging/results", HttpStatusCode.Forbidden },
        { DemoAccounts.Editor, DemoAccounts.EditorPassword, "/admin/contests", HttpStatusCode.OK },
        { DemoAccounts.Editor, DemoAccounts.EditorPassword, "/admin/contests/{id}/edit", HttpStatusCode.OK },
        { DemoAccounts.Editor, DemoAccounts.EditorPassword, "/admin/contests/{id}/entries", HttpStatusCode.OK },
        { DemoAccounts.Editor, DemoAccounts.EditorPassword, "/my/entries", HttpStatusCode.OK },
        { DemoAccounts.Editor, DemoAccounts.EditorPassword, "/admin/contests/{id}/judging", HttpStatusCode.Forbidden },
        { DemoAccounts.Editor, DemoAccounts.EditorPassword, "/admin/contests/{id}/judging/export", HttpStatusCode.Forbidden },
        { DemoAccounts.Editor, DemoAccounts.EditorPassword, "/admin/judging", HttpStatusCode.Forbidden },
        { DemoAccounts.Admin, DemoAccounts.AdminPassword, "/admin/contests/{id}/judging", HttpStatusCode.OK },
        { DemoAccounts.Admin, DemoAccounts.AdminPassword, "/admin/contests/{id}/judging/results", HttpStatusCode.OK },
        { DemoAccounts.Admin, DemoAccounts.AdminPassword, "/admin/contests/{id}/judging/log", HttpStatusCode.OK },
        { DemoAccounts.Admin, DemoAccounts.AdminPassword, "/admin/contests/create", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_role_opens_only_its_pages(string user, string password, string url, HttpStatusCode expected)
    {
        var contest = await new ContestDriver(portal).ContestAsync(Closed);
        var client = await portal.SignInAsync(user, password);

        var response = await client.Http.GetAsync(url.Replace("{id}", contest.Id.ToString()));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("没有权限", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_editor_cannot_post_to_the_judging_admin_and_a_judge_cannot_publish_results()
    {
        var contest = await new ContestDriver(portal).ContestAsync(Closed);
        var editor = await portal.SignInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var judge = await portal.SignInAsync(DemoAccounts.Judge, DemoAccounts.JudgePassword);

        var reopen = await editor.PostFormAsync("/admin/contests", $"/admin/contests/{contest.Id}/judging/awards", []);
        var unpublish = await judge.PostFormAsync("/admin/judging", $"/admin/contests/{contest.Id}/results/unpublish", []);

        Assert.Equal(HttpStatusCode.Forbidden, reopen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unpublish.StatusCode);
        Assert.Contains("优秀征文", await portal.Anonymous().GetStringAsync($"/contests/{Closed}/results"));
    }

    [Fact]
    public async Task The_admin_menu_offers_each_role_its_contest_entries()
    {
        var delegateMenu = await (await portal.SignInAsync(DemoAccounts.Delegate, DemoAccounts.DelegatePassword)).GetStringAsync("/admin");
        var judgeMenu = await (await portal.SignInAsync(DemoAccounts.Judge, DemoAccounts.JudgePassword)).GetStringAsync("/admin");
        var editorMenu = await (await portal.SignInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword)).GetStringAsync("/admin");

        Assert.Contains("href=\"/my/entries\"", delegateMenu);
        Assert.DoesNotContain("href=\"/admin/judging\"", delegateMenu);
        Assert.Contains("href=\"/admin/judging\"", judgeMenu);
        Assert.DoesNotContain("href=\"/admin/contests\"", judgeMenu);
        Assert.Contains("href=\"/admin/contests\"", editorMenu);
    }

    [Fact]
    public async Task The_public_sees_the_contests_with_their_live_status()
    {
        var reader = portal.Anonymous();

        Assert.Contains("<a href=\"/contests\"", await reader.GetStringAsync("/"));
        var list = await reader.GetStringAsync("/contests");
        var open = await reader.GetStringAsync($"/contests/{Open}");

        Assert.Contains("征集中", list);
        Assert.Contains("已揭晓", list);
        Assert.Contains("征集中", open);
        Assert.Contains("2027-03-31 18:00:00", open);
        Assert.Contains("主题契合 30 分", open);
        Assert.Contains("我要投稿", open);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/contests/{Open}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync("/contests/no-such-contest")).StatusCode);
    }

    [Fact]
    public async Task The_2012_results_list_7_essays_and_23_golden_ideas_with_their_authors()
    {
        var reader = portal.Anonymous();
        var results = await reader.GetStringAsync($"/contests/{Closed}/results");

        Assert.Contains("征文（7 件）", results);
        Assert.Contains("金点子（23 件）", results);
        Assert.Equal(23, System.Text.RegularExpressions.Regex.Matches(results, "优秀金点子").Count);
        Assert.Contains("代表甲（示例县人大常委会）", results);
        var winner = System.Text.RegularExpressions.Regex.Match(results, $"/contests/{Closed}/winners/(\\d+)").Value;
        Assert.Contains("演示文本", await reader.GetStringAsync(winner));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Testing;

namespace Portal.Contests.Tests;

/// <summary>An editor sets up a contest: the notice through the content engine, the times, the tracks and their rubric.</summary>
public sealed class ContestAdminTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    private static Dictionary<string, string> Form(string title, string opens, string closes, string command = "save") => new()
    {
        ["Title"] = title,
        ["Theme"] = "测试主题",
        ["Rules"] = "## 规则\n\n<script>alert(1)</script>按时提交。",
        ["Slug"] = "test-contest-2027",
        ["OpensAt"] = opens,
        ["ClosesAt"] = closes,
        ["EligibleRoles"] = "Delegate",
        ["JudgesPerEntry"] = "3",
        ["Command"] = command,
    };

    [Fact]
    public async Task An_editor_creates_a_contest_with_times_to_the_second_and_publishes_its_notice()
    {
        var editor = await portal.SignInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);

        var wrongTimes = await editor.PostFormAsync("/admin/contests/create", "/admin/contests/create", Form("测试征文活动", "2027-01-01T08:00:00", "2027-01-01T08:00:00"));
        var page = await wrongTimes.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrongTimes.StatusCode);
        Assert.Contains("截止时间必须晚于开始时间", page);
        Assert.Contains("测试征文活动", page);

        var created = await editor.PostFormAsync("/admin/contests/create", "/admin/contests/create", Form("测试征文活动", "2027-01-01T08:00:00", "2027-02-01T17:30:15", "publish"));
        var edit = await ContestDriver.FollowAsync(editor, created);
        Assert.Contains("已保存并发布活动通知", edit);
        Assert.Contains("2027-02-01T17:30:15", edit);
        Assert.Contains("主题契合 30", edit);

        await using (var scope = portal.CreateScope())
        {
            var contest = await ClockedPortal.Db(scope).Set<Contest>().Include(c => c.Tracks).OrderBy(c => c.Id).LastAsync();
            Assert.Equal(new DateTime(2027, 2, 1, 9, 30, 15, DateTimeKind.Utc), contest.ClosesAt);
            Assert.Equal([TrackKind.Essay, TrackKind.GoldenIdea], contest.Tracks.OrderBy(t => t.SortOrder).Select(t => t.Kind));
        }

        var notice = await portal.Anonymous().GetStringAsync("/contests/test-contest-2027");
        Assert.Contains("未开始", notice);
        Assert.Contains("2027-02-01 17:30:15", notice);
        Assert.Contains("按时提交", notice);
        Assert.DoesNotContain("<script>alert(1)", notice);
    }

    [Fact]
    public async Task A_rubric_needs_positive_weights_and_is_kept_as_typed_when_refused()
    {
        var editor = await portal.SignInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var contest = await new ContestDriver(portal).ContestAsync(ClockedPortal.OpenContestSlug);
        var track = contest.Tracks.Single(t => t.Kind == TrackKind.GoldenIdea);
        var url = $"/admin/contests/{contest.Id}/tracks/{track.Id}";
        var fields = new Dictionary<string, string>
        {
            ["Id"] = track.Id.ToString(), ["Kind"] = "GoldenIdea", ["Name"] = "金点子", ["MinLength"] = "30", ["MaxLength"] = "600",
            ["MaxEntriesPerPerson"] = "3", ["SortOrder"] = "10",
            ["Criteria[0].Name"] = "针对性", ["Criteria[0].Weight"] = "40", ["Criteria[1].Name"] = "创新性", ["Criteria[1].Weight"] = "0",
        };

        var refused = await editor.PostFormAsync(url, $"/admin/contests/{contest.Id}/tracks/save", fields);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("分值须在 1 到 100 之间", page);
        Assert.Contains("name=\"Criteria[0].Weight\" type=\"number\" min=\"0\" max=\"100\" value=\"40\"", page);

        fields["Criteria[1].Weight"] = "60";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(url, $"/admin/contests/{contest.Id}/tracks/save", fields)).StatusCode);
        var saved = (await new ContestDriver(portal).ContestAsync(ClockedPortal.OpenContestSlug)).Tracks.Single(t => t.Id == track.Id);
        Assert.Equal([("针对性", 40), ("创新性", 60)], saved.Criteria.OrderBy(c => c.SortOrder).Select(c => (c.Name, c.Weight)));
    }
}

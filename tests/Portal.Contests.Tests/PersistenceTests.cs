using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Testing;

namespace Portal.Contests.Tests;

/// <summary>The contest paths that touch the database, on SQLite and on PostgreSQL.</summary>
public sealed class PersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_entry_goes_from_draft_to_published_winner(string provider)
    {
        using var portal = ClockedPortal.On(BothDatabases.Create(provider));
        var driver = new ContestDriver(portal);
        var delegateClient = await portal.SignInAsync(DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var trackId = await driver.TrackAsync(TrackKind.Essay);
        var (token, clientToken) = await ContestDriver.NewFormAsync(delegateClient, trackId);

        var draft = ContestDriver.EssayFields(trackId, clientToken, "数据库往返征文", "草稿");
        Assert.Equal(HttpStatusCode.Redirect, (await ContestDriver.PostAsync(delegateClient, "/my/entries/save", token, draft)).StatusCode);
        var entry = await driver.EntryAsync(Guid.Parse(clientToken));
        Assert.Equal(HttpStatusCode.Redirect, (await ContestDriver.UploadAsync(delegateClient, entry.Id, ContestDriver.Pdf(), "材料.pdf")).StatusCode);
        var submit = ContestDriver.EssayFields(trackId, clientToken, "数据库往返征文", ContestDriver.Essay(), "submit");
        var twice = await Task.WhenAll(ContestDriver.PostAsync(delegateClient, "/my/entries/save", token, submit), ContestDriver.PostAsync(delegateClient, "/my/entries/save", token, submit));
        Assert.All(twice, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        portal.JumpTo(ClockedPortal.Deadline);
        var contest = await driver.ContestAsync(ClockedPortal.OpenContestSlug);
        var admin = await portal.SignInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var judging = $"/admin/contests/{contest.Id}/judging";
        string judgeId;
        await using (var scope = portal.CreateScope())
        {
            judgeId = await ClockedPortal.Db(scope).Users.Where(u => u.UserName == DemoAccounts.Judge).Select(u => u.Id).SingleAsync();
        }

        await admin.PostFormAsync(judging, $"{judging}/judges", new() { ["trackId"] = trackId.ToString(), ["judgeIds"] = judgeId });
        await admin.PostFormAsync(judging, $"{judging}/auto", new() { ["trackId"] = trackId.ToString() });
        var judge = await portal.SignInAsync(DemoAccounts.Judge, DemoAccounts.JudgePassword);
        var reviewUrl = $"/admin/judging/assignments/{ContestDriver.AssignmentId(await judge.GetStringAsync("/admin/judging"))}";
        var scores = contest.Tracks.Single(t => t.Id == trackId).Criteria.ToDictionary(c => $"score-{c.Id}", c => (c.Weight - 2).ToString());
        scores["command"] = "submit";
        Assert.Equal(HttpStatusCode.Redirect, (await judge.PostFormAsync(reviewUrl, reviewUrl, scores)).StatusCode);

        await admin.PostFormAsync($"{judging}/results", $"{judging}/awards", new() { [$"award-{entry.Id}"] = "优秀征文" });
        await admin.PostFormAsync($"/admin/contests/{contest.Id}/edit", $"/admin/contests/{contest.Id}/results/publish", []);

        Assert.Contains("数据库往返征文", await portal.Anonymous().GetStringAsync($"/contests/{ClockedPortal.OpenContestSlug}/results"));
        await using (var scope = portal.CreateScope())
        {
            var db = ClockedPortal.Db(scope);
            var stored = await db.Set<ContestEntry>().Include(e => e.Attachments).SingleAsync(e => e.ClientToken == Guid.Parse(clientToken));
            Assert.Equal(EntryStatus.Submitted, stored.Status);
            Assert.Equal("优秀征文", stored.Award);
            Assert.Single(stored.Attachments);
            var line = await db.Set<ScoreLogEntry>().SingleAsync();
            Assert.Equal(("提交", DemoAccounts.Judge), (line.Action, line.UserName));
            Assert.Equal(4, await db.Set<CriterionScore>().CountAsync());
        }
    }
}

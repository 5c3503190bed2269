using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Contests.Models;
using Portal.Testing;

namespace Portal.Contests.Tests;

/// <summary>Entries submitted during the collection, then the clock is past the deadline: the contest is being judged.</summary>
public sealed class JudgingPortal : IAsyncLifetime
{
    public ClockedPortal Portal { get; } = ClockedPortal.On(TestDatabase.Sqlite());

    public ContestEntry Conflicted { get; private set; } = null!;

    public ContestEntry Other { get; private set; } = null!;

    public Guid LateDraft { get; private set; }

    public async Task InitializeAsync()
    {
        var driver = new ContestDriver(Portal);
        var delegateClient = await Portal.SignInAsync(DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        Conflicted = await driver.SubmitEssayAsync(delegateClient, "代表甲的参评征文");
        await ContestDriver.UploadAsync(delegateClient, Conflicted.Id, ContestDriver.Pdf(), "代表甲-许昌示例县-材料.pdf");
        Other = await driver.SubmitEssayAsync(await Portal.SignInAsync("delegate2", DemoAccounts.DelegatePassword), "代表乙的参评征文", unit: "示例区人大常委会");

        var author = await Portal.SignInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var trackId = await driver.TrackAsync(TrackKind.Essay);
        var (token, clientToken) = await ContestDriver.NewFormAsync(author, trackId);
        await ContestDriver.PostAsync(author, "/my/entries/save", token, ContestDriver.EssayFields(trackId, clientToken, "迟到的草稿", "只写了开头"));
        LateDraft = Guid.Parse(clientToken);

        Portal.JumpTo(ClockedPortal.Deadline.AddMinutes(1));
    }

    public Task DisposeAsync()
    {
        Portal.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class JudgingTests(JudgingPortal fixture) : IClassFixture<JudgingPortal>
{
    private ClockedPortal Portal => fixture.Portal;

    private ContestDriver Driver => new(Portal);

    [Fact]
    public async Task After_the_deadline_a_submission_is_refused_and_the_draft_is_kept()
    {
        var author = await Portal.SignInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        var draft = await Driver.EntryAsync(fixture.LateDraft);
        var page = await author.GetStringAsync($"/my/entries/{draft.Id}");
        var fields = ContestDriver.EssayFields(draft.TrackId, draft.ClientToken.ToString(), "迟到的草稿", ContestDriver.Essay() + "截止后补写的结尾", "submit");
        fields["Id"] = draft.Id.ToString();

        var response = await ContestDriver.PostAsync(author, "/my/entries/save", PortalClient.Token(page), fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("征集已于 2027-03-31 18:00:00 截止", html);
        Assert.Contains("草稿已保存", html);
        var stored = await Driver.EntryAsync(fixture.LateDraft);
        Assert.Equal(EntryStatus.Draft, stored.Status);
        Assert.EndsWith("截止后补写的结尾", stored.Body);
    }

    [Fact]
    public async Task After_the_deadline_a_submitted_entry_cannot_be_changed_nor_withdrawn()
    {
        var client = await Portal.SignInAsync("delegate2", DemoAccounts.DelegatePassword);
        var page = await client.GetStringAsync($"/my/entries/{fixture.Other.Id}");
        Assert.Contains("征集已截止", page);
        var fields = ContestDriver.EssayFields(fixture.Other.TrackId, fixture.Other.ClientToken.ToString(), "改过的标题", ContestDriver.Essay(), "submit");
        fields["Id"] = fixture.Other.Id.ToString();

        var edit = await ContestDriver.PostAsync(client, "/my/entries/save", PortalClient.Token(page), fields);
        Assert.Contains("已提交的作品不能再修改", await edit.Content.ReadAsStringAsync());
        var withdraw = await ContestDriver.PostAsync(client, $"/my/entries/{fixture.Other.Id}/withdraw", PortalClient.Token(page), []);
        Assert.Contains("不能再撤回", await ContestDriver.FollowAsync(client, withdraw));
        Assert.Equal("代表乙的参评征文", (await Driver.EntryAsync(fixture.Other.ClientToken)).Title);
    }

    [Fact]
    public async Task Judging_is_blind_conflicts_are_respected_scores_lock_and_results_are_published()
    {
        var contest = await Driver.ContestAsync(ClockedPortal.OpenContestSlug);
        var trackId = contest.Tracks.Single(t => t.Kind == TrackKind.Essay).Id;
        var admin = await Portal.SignInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var judge = await Portal.SignInAsync(DemoAccounts.Judge, DemoAccounts.JudgePassword);
        var judge2 = await Portal.SignInAsync("judge2", "judge2012");
        var judging = $"/admin/contests/{contest.Id}/judging";

        // The second judge declares a conflict with the first delegate's unit.
        var declare = await judge2.PostFormAsync($"/admin/judging/contests/{contest.Id}/conflicts", $"/admin/judging/contests/{contest.Id}/conflicts",
            new() { ["units"] = "示例县 人大常委会\n" });
        Assert.Equal(HttpStatusCode.Redirect, declare.StatusCode);

        string[] judgeIds;
        await using (var scope = Portal.CreateScope())
        {
            judgeIds = await ClockedPortal.Db(scope).Users.Where(u => u.UserName == "judge" || u.UserName == "judge2").Select(u => u.Id).ToArrayAsync();
        }

        var token = await ContestDriver.AdminTokenAsync(admin, judging);
        var pool = new List<KeyValuePair<string, string>> { new("trackId", trackId.ToString()), new("__RequestVerificationToken", token) };
        pool.AddRange(judgeIds.Select(id => new KeyValuePair<string, string>("judgeIds", id)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.PostAsync($"{judging}/judges", new FormUrlEncodedContent(pool))).StatusCode);
        var auto = await admin.PostFormAsync(judging, $"{judging}/auto", new() { ["trackId"] = trackId.ToString() });
        Assert.Contains("评委少于 2 人", await ContestDriver.FollowAsync(admin, auto));

        await using (var scope = Portal.CreateScope())
        {
            var assignments = await ClockedPortal.Db(scope).Set<JudgeAssignment>().AsNoTracking().ToListAsync();
            Assert.Single(assignments, a => a.EntryId == fixture.Conflicted.Id);
            Assert.DoesNotContain(assignments, a => a.EntryId == fixture.Conflicted.Id && a.JudgeName == "评委乙");
            Assert.Equal(2, assignments.Count(a => a.EntryId == fixture.Other.Id));
        }

        // The first judge reviews the first delegate's essay without learning who wrote it.
        var home = await judge.GetStringAsync("/admin/judging");
        Assert.Contains("0 / 2", home);
        var reviewUrl = await AssignmentUrlAsync(fixture.Conflicted.Id, "评委甲");
        var review = await judge.GetStringAsync(reviewUrl);
        Assert.Contains("代表甲的参评征文", review);
        Assert.Contains(ContestDriver.EssayText, review);
        Assert.DoesNotContain("代表甲（", review);
        Assert.DoesNotContain("示例县人大常委会", review);
        Assert.DoesNotContain("许昌示例县", review);
        Assert.Contains("作品附件-1.pdf", review);
        var attachmentId = (await Driver.EntryAsync(fixture.Conflicted.ClientToken)).Attachments.Single().Id;
        var download = await judge.Http.GetAsync($"/contest-files/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("作品附件-1.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.NotFound, (await judge2.Http.GetAsync($"/contest-files/{attachmentId}")).StatusCode);

        // Another judge's assignment is refused.
        var judge2Url = await AssignmentUrlAsync(fixture.Other.Id, "评委乙");
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.Http.GetAsync(judge2Url)).StatusCode);

        var criteria = contest.Tracks.Single(t => t.Id == trackId).Criteria.OrderBy(c => c.SortOrder).ToList();
        Dictionary<string, string> Scores(params int[] values) =>
            criteria.Select((c, i) => (c, i)).ToDictionary(x => $"score-{x.c.Id}", x => values[x.i].ToString());

        var outOfScale = Scores(31, 20, 10, 10);
        outOfScale["command"] = "submit";
        var refused = await judge.PostFormAsync(reviewUrl, reviewUrl, outOfScale);
        Assert.Contains("“主题契合”的分数须在 0 到 30 分之间（填写的是 31）", await refused.Content.ReadAsStringAsync());

        var good = Scores(27, 24, 16, 18);
        good["comment"] = "观点鲜明。";
        good["command"] = "submit";
        Assert.Equal(HttpStatusCode.Redirect, (await judge.PostFormAsync(reviewUrl, reviewUrl, good)).StatusCode);
        var locked = Scores(30, 30, 20, 20);
        locked["command"] = "submit";
        Assert.Contains("已提交并锁定", await (await judge.PostFormAsync(reviewUrl, reviewUrl, locked)).Content.ReadAsStringAsync());

        // Only the administrator reopens, with a reason; the log keeps who, when, old and new.
        var assignmentId = long.Parse(reviewUrl.Split('/').Last());
        var noReason = await admin.PostFormAsync(judging, $"{judging}/assignments/{assignmentId}/reopen", new() { ["reason"] = " " });
        Assert.Contains("请填写重新开放评分的理由", await ContestDriver.FollowAsync(admin, noReason));
        await admin.PostFormAsync(judging, $"{judging}/assignments/{assignmentId}/reopen", new() { ["reason"] = "评委申请更正笔误" });
        var corrected = Scores(28, 24, 16, 18);
        corrected["command"] = "submit";
        Assert.Equal(HttpStatusCode.Redirect, (await judge.PostFormAsync(reviewUrl, reviewUrl, corrected)).StatusCode);

        var log = await admin.GetStringAsync($"{judging}/log");
        Assert.Contains("评委申请更正笔误", log);
        Assert.Contains("主题契合 27", log);
        Assert.Contains("主题契合 28", log);
        Assert.Contains(">admin<", log);
        Assert.Contains(">judge<", log);

        // Awards, publication, and the reader sees the winner.
        var results = await admin.GetStringAsync($"{judging}/results");
        Assert.Contains("86.00", results);
        var awards = await admin.PostFormAsync($"{judging}/results", $"{judging}/awards", new() { [$"award-{fixture.Conflicted.Id}"] = "一等奖" });
        Assert.Contains("奖项已保存", await ContestDriver.FollowAsync(admin, awards));
        var bogus = await admin.PostFormAsync($"{judging}/results", $"{judging}/awards", new() { [$"award-{fixture.Other.Id}"] = "特等奖" });
        Assert.Contains("不是“征文”的奖项", await ContestDriver.FollowAsync(admin, bogus));

        var reader = Portal.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/contests/{ClockedPortal.OpenContestSlug}/results")).StatusCode);
        var publish = await admin.PostFormAsync($"/admin/contests/{contest.Id}/edit", $"/admin/contests/{contest.Id}/results/publish", []);
        Assert.Contains("评审结果已发布", await ContestDriver.FollowAsync(admin, publish));
        var published = await reader.GetStringAsync($"/contests/{ClockedPortal.OpenContestSlug}/results");
        Assert.Contains("代表甲的参评征文", published);
        Assert.Contains("一等奖", published);
        Assert.DoesNotContain("代表乙的参评征文", published);
        Assert.Contains("已揭晓", await reader.GetStringAsync($"/contests/{ClockedPortal.OpenContestSlug}"));
        Assert.Contains(ContestDriver.EssayText, await reader.GetStringAsync($"/contests/{ClockedPortal.OpenContestSlug}/winners/{fixture.Conflicted.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/contests/{ClockedPortal.OpenContestSlug}/winners/{fixture.Other.Id}")).StatusCode);

        // The export holds every entry and every scorecard.
        var export = await admin.Http.GetAsync($"{judging}/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(["参赛作品", "评分"], MiniExcel.GetSheetNames(workbook));
        var entryRows = workbook.Query(useHeaderRow: true, sheetName: "参赛作品").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(entryRows, r => (string)r["标题"] == "代表甲的参评征文" && (string)r["奖项"] == "一等奖" && (string)r["作者"] == "代表甲");
        Assert.Equal(3, workbook.Query(useHeaderRow: true, sheetName: "评分").Count());
    }

    private async Task<string> AssignmentUrlAsync(long entryId, string judgeName)
    {
        await using var scope = Portal.CreateScope();
        var id = await ClockedPortal.Db(scope).Set<JudgeAssignment>().Where(a => a.EntryId == entryId && a.JudgeName == judgeName).Select(a => a.Id).SingleAsync();
        return $"/admin/judging/assignments/{id}";
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Contests.Models;
using Portal.Contests.Services;
using Portal.Ledger.Models;
using Portal.Testing;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Tests;

/// <summary>Rules raised by changes: content, an entry submitted, results published; what they do and what their log says.</summary>
public sealed class RuleRunTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ClosedContestSlug = "2012-zhongyuan-zhengwen";
    private const string OpenContestSlug = "2026-daibiao-jianyan-zhengwen";

    [Fact]
    public async Task A_published_item_runs_the_rules_whose_conditions_it_meets_once_and_each_run_is_logged()
    {
        var rule = await RuleDriver.AddRuleAsync(factory.Services, new WorkflowRule
        {
            Name = "规章发布告知评委",
            Trigger = RuleTrigger.ContentPublished,
            ContentType = "Regulation",
            NotifyUsers = DemoAccounts.Judge,
            WriteAuditLog = true,
        });

        var regulation = await CreateAndPublishAsync("Regulation", "规则测试：代表建议办理办法");
        await CreateAndPublishAsync("Article", "规则测试：一篇普通文章");

        var run = Assert.Single(await RuleDriver.RunsAsync(factory.Services, rule.Id));
        Assert.Equal(RuleRunOutcome.Succeeded, run.Outcome);
        Assert.Equal("规章制度《规则测试：代表建议办理办法》", run.Subject);
        Assert.Equal("已通知 1 人（站内消息）；已写入操作日志", run.Detail);
        Assert.Contains("规章发布告知评委：规则测试：代表建议办理办法|规章制度《规则测试：代表建议办理办法》已发布。",
            await RuleDriver.NotificationsAsync(factory.Services, DemoAccounts.Judge));
        Assert.Contains($"content:{regulation}:Published:", run.Occasion);
    }

    [Fact]
    public async Task A_rule_can_publish_what_is_submitted_and_what_it_does_starts_no_other_rule()
    {
        var publishing = await RuleDriver.AddRuleAsync(factory.Services, new WorkflowRule
        {
            Name = "总结报告提交即发布",
            Trigger = RuleTrigger.ContentSubmitted,
            ContentType = "SummaryReport",
            Publication = PublicationChange.Publish,
        });
        var watching = await RuleDriver.AddRuleAsync(factory.Services, new WorkflowRule
        {
            Name = "总结报告发布时记录",
            Trigger = RuleTrigger.ContentPublished,
            ContentType = "SummaryReport",
            WriteAuditLog = true,
        });

        long id;
        await using (var scope = factory.CreateScope())
        {
            var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var created = await contents.CreateAsync("SummaryReport", new ContentDraft("规则测试：季度工作总结", "正文。"));
            id = created.Item!.Id;
            Assert.True((await contents.SubmitAsync(id, created.Item.ConcurrencyStamp)).Succeeded);
        }

        await using (var scope = factory.CreateScope())
        {
            Assert.Equal(ContentStatus.Published, await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync());
        }

        Assert.Equal("已发布", Assert.Single(await RuleDriver.RunsAsync(factory.Services, publishing.Id)).Detail);
        Assert.Empty(await RuleDriver.RunsAsync(factory.Services, watching.Id));
    }

    [Fact]
    public async Task A_submitted_golden_idea_tells_the_contest_managers_through_the_default_rule()
    {
        var delegateClient = await PortalClient.SignedInAsync(factory, DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        var trackId = await TrackAsync(OpenContestSlug, TrackKind.GoldenIdea);
        var form = await delegateClient.GetStringAsync($"/my/entries/new?trackId={trackId}");

        var response = await delegateClient.Http.PostAsync("/my/entries/save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.Token(form),
            ["TrackId"] = trackId.ToString(),
            ["ClientToken"] = PortalClient.InputValue(form, "ClientToken"),
            ["Title"] = "规则测试：建立代表建议办理回头看制度",
            ["Unit"] = "示例县人大常委会",
            ["Problem"] = "部分建议答复后落实情况无人跟踪。",
            ["Suggestion"] = "每年对已答复建议开展一次回头看。",
            ["ExpectedEffect"] = "提高建议办成率。",
            ["Command"] = "submit",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var told = await RuleDriver.NotificationsAsync(factory.Services, DemoAccounts.Editor);
        Assert.Contains(told, n => n.StartsWith("收到参赛作品时告知活动管理人员：规则测试：建立代表建议办理回头看制度|收到金点子作品《规则测试：建立代表建议办理回头看制度》"));
    }

    [Fact]
    public async Task Awarded_golden_ideas_become_ledger_tasks_when_results_are_published_each_only_once()
    {
        var contest = await ContestAsync(ClosedContestSlug);
        var area = await AreaAsync("代表工作");
        var owner = await UserIdAsync(DemoAccounts.Editor);
        var rule = await RuleDriver.AddRuleAsync(factory.Services, new WorkflowRule
        {
            Name = "2012年获奖金点子转为任务",
            Trigger = RuleTrigger.ResultsPublished,
            ContestId = contest.Id,
            AdoptGoldenIdea = true,
            AdoptAreaId = area.Id,
            AdoptOwnerId = owner,
            AdoptOwnerUnits = "代表联络工作室",
            AdoptDeadlineDays = 60,
        });

        await RepublishResultsAsync(contest.Id);
        await RepublishResultsAsync(contest.Id);

        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        var awarded = await db.Set<ContestEntry>().Where(e => e.ContestId == contest.Id && e.Award != null)
            .Join(db.Set<ContestTrack>().Where(t => t.Kind == TrackKind.GoldenIdea), e => e.TrackId, t => t.Id, (e, _) => e)
            .Select(e => new { e.Id, e.Title }).ToListAsync();
        var adopted = await db.Set<AdoptedIdea>().Where(a => a.RuleId == rule.Id).ToListAsync();
        Assert.Equal(awarded.Select(e => e.Id).Order(), adopted.Select(a => a.EntryId).Order());
        var tasks = await db.Set<LedgerTask>().Where(t => adopted.Select(a => a.TaskId).Contains(t.Id)).ToListAsync();
        Assert.All(tasks, t => Assert.True(t.AreaId == area.Id && t.OwnerId == owner && t.OwnerUnits == "代表联络工作室" && t.Description!.StartsWith("来源：金点子")));
        Assert.Equal(awarded.Select(e => e.Title).Order(), tasks.Select(t => t.Title).Order());

        var runs = await RuleDriver.RunsAsync(factory.Services, rule.Id);
        Assert.Equal(2, runs.Count);
        Assert.StartsWith("金点子已转为台账任务：第 ", runs[0].Detail);
        Assert.Equal("没有待采纳的金点子", runs[1].Detail);
    }

    [Fact]
    public async Task A_failing_action_is_logged_with_its_error_and_the_change_that_raised_it_stays_saved()
    {
        var contest = await ContestAsync(ClosedContestSlug);
        var rule = await AddAdoptionIntoMissingAreaAsync("转入已撤销的方面", contest.Id);

        await RepublishResultsAsync(contest.Id);

        var run = Assert.Single(await RuleDriver.RunsAsync(factory.Services, rule.Id));
        Assert.Equal(RuleRunOutcome.Failed, run.Outcome);
        Assert.Equal("规则所选的台账方面已不存在，请修改规则。", run.Error);
        Assert.True((await ContestAsync(ClosedContestSlug)).ResultsPublished);

        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var log = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/rules/runs?rule={rule.Id}&outcome=Failed"));
        Assert.Contains("规则所选的台账方面已不存在，请修改规则。", log);
    }

    [Fact]
    public async Task A_failed_run_raised_by_a_change_is_tried_again_after_its_pause_and_runs_once_the_rule_is_fixed()
    {
        var contest = await ContestAsync(ClosedContestSlug);
        var rule = await AddAdoptionIntoMissingAreaAsync("修改后重试的采纳规则", contest.Id);
        await RepublishResultsAsync(contest.Id);
        Assert.Equal(RuleRunOutcome.Failed, Assert.Single(await RuleDriver.RunsAsync(factory.Services, rule.Id)).Outcome);

        await using (var scope = factory.CreateScope())
        {
            var db = factory.Db(scope);
            var stored = await db.Set<WorkflowRule>().SingleAsync(r => r.Id == rule.Id);
            // Fixed by having it write the audit log instead: adopting the ideas here would take them from the adoption test.
            (stored.AdoptGoldenIdea, stored.AdoptAreaId, stored.WriteAuditLog) = (false, null, true);
            await db.SaveChangesAsync();
        }

        await RuleDriver.CheckTimedRulesAsync(factory.Services);
        Assert.Equal(RuleRunOutcome.Failed, Assert.Single(await RuleDriver.RunsAsync(factory.Services, rule.Id)).Outcome);
        await PauseOverAsync(rule.Id);
        await RuleDriver.CheckTimedRulesAsync(factory.Services);
        var done = Assert.Single(await RuleDriver.RunsAsync(factory.Services, rule.Id));
        await RuleDriver.CheckTimedRulesAsync(factory.Services);

        // The rules job checks every minute as well and may have tried the broken rule once more before the fix.
        Assert.Equal(RuleRunOutcome.Succeeded, done.Outcome);
        Assert.InRange(done.Attempts, 2, RuleRunRules.MaxAttempts);
        Assert.Null(done.Error);
        Assert.Equivalent(done, Assert.Single(await RuleDriver.RunsAsync(factory.Services, rule.Id)));
    }

    [Fact]
    public async Task A_run_raised_by_a_change_that_keeps_failing_is_tried_three_times_in_all()
    {
        var contest = await ContestAsync(ClosedContestSlug);
        var rule = await AddAdoptionIntoMissingAreaAsync("一直失败的采纳规则", contest.Id);
        await RepublishResultsAsync(contest.Id);

        for (var check = 0; check < 4; check++)
        {
            await PauseOverAsync(rule.Id);
            await RuleDriver.CheckTimedRulesAsync(factory.Services);
        }

        var run = Assert.Single(await RuleDriver.RunsAsync(factory.Services, rule.Id));
        Assert.Equal((RuleRunOutcome.Failed, 3), (run.Outcome, run.Attempts));
        Assert.Equal("规则所选的台账方面已不存在，请修改规则。", run.Error);
    }

    /// <summary>Lets the pause after the rule's failed runs pass, as if they had failed a day ago: these tests run on the real clock.</summary>
    private async Task PauseOverAsync(int ruleId)
    {
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        foreach (var run in await db.Set<RuleRun>().Where(r => r.RuleId == ruleId && r.Outcome == RuleRunOutcome.Failed).ToListAsync())
        {
            run.FinishedAt = run.FinishedAt!.Value.AddDays(-1);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A rule adopting a contest's awarded golden ideas into a ledger area that does not exist: its runs fail.</summary>
    private async Task<WorkflowRule> AddAdoptionIntoMissingAreaAsync(string name, long contestId) =>
        await RuleDriver.AddRuleAsync(factory.Services, new WorkflowRule
        {
            Name = name,
            Trigger = RuleTrigger.ResultsPublished,
            ContestId = contestId,
            AdoptGoldenIdea = true,
            AdoptAreaId = 99_999,
            AdoptOwnerId = await UserIdAsync(DemoAccounts.Editor),
            AdoptOwnerUnits = "办公室",
            AdoptDeadlineDays = 30,
        });

    private async Task<long> CreateAndPublishAsync(string contentType, string title)
    {
        await using var scope = factory.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var created = await contents.CreateAsync(contentType, new ContentDraft(title, "正文。"));
        Assert.True((await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp)).Succeeded);
        return created.Item.Id;
    }

    private async Task RepublishResultsAsync(long contestId)
    {
        await using var scope = factory.CreateScope();
        var results = scope.ServiceProvider.GetRequiredService<ResultsService>();
        var contest = await factory.Db(scope).Set<Contest>().SingleAsync(c => c.Id == contestId);
        await results.UnpublishAsync(contest, "测试");
        Assert.Null(await results.PublishAsync(contest, "测试"));
    }

    private async Task<Contest> ContestAsync(string slug)
    {
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        var itemId = await db.Set<ContentItem>().Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
        return await db.Set<Contest>().Include(c => c.Tracks).AsNoTracking().SingleAsync(c => c.ContentItemId == itemId);
    }

    private async Task<int> TrackAsync(string slug, TrackKind kind) => (await ContestAsync(slug)).Tracks.Single(t => t.Kind == kind).Id;

    private async Task<LedgerArea> AreaAsync(string name)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Set<LedgerArea>().AsNoTracking().FirstAsync(a => a.Name == name);
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}

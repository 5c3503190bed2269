using Microsoft.EntityFrameworkCore;
using Portal.Core.Hosting;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Workflows.Models;

namespace Portal.Workflows.Tests;

/// <summary>The timed rules on a fake clock that also drives the scheduler.</summary>
public sealed class TimedRuleTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    private const string DueSoonRule = "台账任务到期前七天提醒责任人";
    private const string OverdueRule = "台账任务逾期通报";

    [Fact]
    public async Task A_task_due_soon_is_reminded_once_however_often_the_rules_are_checked_and_again_after_a_new_deadline()
    {
        var today = BeijingDay.Today(portal.Clock);
        var (taskId, title, owner) = await OpenTaskWithDeadlineAsync(today.AddDays(5));

        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        Assert.Single(await RemindersAsync(owner, title));

        await SetDeadlineAsync(taskId, today.AddDays(6));
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);

        var reminders = await RemindersAsync(owner, title);
        Assert.Equal(2, reminders.Count);
        Assert.Contains($"将于 {today.AddDays(6):yyyy-MM-dd} 到期", reminders[1]);
    }

    [Fact]
    public async Task Each_open_overdue_task_of_the_demo_ledger_is_reported_once()
    {
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);
        await RuleDriver.CheckTimedRulesAsync(portal.App.Services);

        await using var scope = portal.CreateScope();
        var db = ClockedPortal.Db(scope);
        var today = BeijingDay.Today(portal.Clock);
        var overdue = await db.Set<LedgerTask>()
            .Where(t => t.Status != LedgerStatus.Done && t.Status != LedgerStatus.Paused && t.Deadline < today).Select(t => t.Id).ToListAsync();
        var ruleId = await db.Set<WorkflowRule>().Where(r => r.Name == OverdueRule).Select(r => r.Id).SingleAsync();
        var runs = await db.Set<RuleRun>().Where(r => r.RuleId == ruleId).ToListAsync();

        Assert.NotEmpty(overdue);
        Assert.Equal(overdue.Order(), runs.Select(r => int.Parse(r.Occasion.Split(':')[1])).Order());
        Assert.All(runs, r => Assert.Equal(RuleRunOutcome.Succeeded, r.Outcome));
    }

    [Fact]
    public async Task A_scheduled_rule_runs_at_its_time_without_any_request()
    {
        var nowBeijing = portal.Clock.GetUtcNow().UtcDateTime.ToChinaTime();
        var at = nowBeijing.Date.AddHours(nowBeijing.Hour + 2);
        var rule = await RuleDriver.AddRuleAsync(portal.App.Services, new WorkflowRule
        {
            Name = "整点提醒（测试）",
            Trigger = RuleTrigger.Schedule,
            Schedule = $"0 0 {at.Hour} * * ?",
            NotifyUsers = "editor2",
            Message = "请查看本周的审核队列。",
        });
        portal.Clock.AdjustTime(new DateTimeOffset(ChinaTime.FromChinaTime(at).AddSeconds(-20), TimeSpan.Zero));

        var waited = await portal.AdvanceUntilAsync(
            async () => (await RuleDriver.RunsAsync(portal.App.Services, rule.Id)).Any(r => r.Outcome != RuleRunOutcome.Running), TimeSpan.FromMinutes(3));

        Assert.True(waited < TimeSpan.FromSeconds(85), $"The rule ran {waited} after the clock reached 20 s before its time.");
        var run = Assert.Single(await RuleDriver.RunsAsync(portal.App.Services, rule.Id));
        Assert.Equal(RuleRunOutcome.Succeeded, run.Outcome);
        Assert.Contains("整点提醒（测试）|请查看本周的审核队列。", await RuleDriver.NotificationsAsync(portal.App.Services, "editor2"));
    }

    private async Task<(int Id, string Title, string OwnerUserName)> OpenTaskWithDeadlineAsync(DateOnly deadline)
    {
        await using var scope = portal.CreateScope();
        var db = ClockedPortal.Db(scope);
        var task = await db.Set<LedgerTask>().Where(t => t.Status == LedgerStatus.Done).OrderBy(t => t.Id).FirstAsync();
        task.Status = LedgerStatus.InProgress;
        task.Progress = 50;
        task.CompletedOn = null;
        task.Deadline = deadline;
        await db.SaveChangesAsync();
        var owner = await db.Users.Where(u => u.Id == task.OwnerId).Select(u => u.UserName!).SingleAsync();
        return (task.Id, task.Title, owner);
    }

    private async Task SetDeadlineAsync(int taskId, DateOnly deadline)
    {
        await using var scope = portal.CreateScope();
        await ClockedPortal.Db(scope).Set<LedgerTask>().Where(t => t.Id == taskId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Deadline, deadline));
    }

    private async Task<List<string>> RemindersAsync(string owner, string title) =>
        (await RuleDriver.NotificationsAsync(portal.App.Services, owner)).Where(n => n.StartsWith($"{DueSoonRule}：{title}|")).ToList();
}

using Portal.Core.Queues;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Tests;

public sealed class RetryRulesTests
{
    private static readonly DateTime FailedAt = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_mail_is_tried_again_after_1_5_15_and_60_minutes_and_parked_by_its_fifth_failure()
    {
        var schedule = OutboxRetryRules.Schedule;

        Assert.Equal(
            [FailedAt.AddMinutes(1), FailedAt.AddMinutes(5), FailedAt.AddMinutes(15), FailedAt.AddHours(1), FailedAt.AddHours(1)],
            Enumerable.Range(1, 5).Select(attempts => schedule.NextAttempt(attempts, FailedAt)));
        Assert.Equal([false, false, false, false, true, true], Enumerable.Range(1, 6).Select(schedule.Parks));
    }

    [Fact]
    public void An_item_of_a_job_is_due_again_once_its_pause_is_over_and_never_after_its_third_failure()
    {
        Assert.False(JobRetryRules.ItemDue(1, FailedAt, FailedAt.AddSeconds(59)));
        Assert.True(JobRetryRules.ItemDue(1, FailedAt, FailedAt.AddMinutes(1)));
        Assert.False(JobRetryRules.ItemDue(2, FailedAt, FailedAt.AddMinutes(9)));
        Assert.True(JobRetryRules.ItemDue(2, FailedAt, FailedAt.AddMinutes(10)));
        Assert.False(JobRetryRules.ItemDue(3, FailedAt, FailedAt.AddDays(30)));
    }

    [Fact]
    public void A_whole_run_of_a_job_is_given_up_at_its_third_attempt()
    {
        Assert.Equal([false, false, true], Enumerable.Range(1, 3).Select(JobRetryRules.Runs.Parks));
    }

    [Fact]
    public void A_failed_rule_run_follows_the_items_schedule_and_one_an_administrator_retried_is_due_at_once()
    {
        Assert.False(RuleRunRules.DueAgain(RuleRunOutcome.Failed, 1, FailedAt, FailedAt.AddSeconds(30)));
        Assert.True(RuleRunRules.DueAgain(RuleRunOutcome.Failed, 1, FailedAt, FailedAt.AddMinutes(1)));
        Assert.True(RuleRunRules.DueAgain(RuleRunOutcome.Failed, 0, FailedAt, FailedAt));
        Assert.False(RuleRunRules.DueAgain(RuleRunOutcome.Failed, 3, FailedAt, FailedAt.AddDays(1)));
        Assert.False(RuleRunRules.DueAgain(RuleRunOutcome.Succeeded, 1, FailedAt, FailedAt.AddDays(1)));
        Assert.False(RuleRunRules.DueAgain(RuleRunOutcome.Running, 1, FailedAt, FailedAt.AddDays(1)));

        Assert.True(RuleRunRules.Parked(RuleRunOutcome.Failed, RuleRunRules.MaxAttempts));
        Assert.False(RuleRunRules.Parked(RuleRunOutcome.Failed, RuleRunRules.MaxAttempts - 1));
        Assert.False(RuleRunRules.Parked(RuleRunOutcome.Succeeded, RuleRunRules.MaxAttempts));
    }

    [Fact]
    public void The_admin_tells_the_pauses_as_the_schedules_have_them()
    {
        Assert.Equal("1 分钟、5 分钟、15 分钟、1 小时", RetryText.Pauses(OutboxRetryRules.Schedule));
        Assert.Equal("1 分钟、10 分钟", RetryText.Pauses(JobRetryRules.Items));
        Assert.Equal("10 秒、90 分钟", RetryText.Pauses(new RetrySchedule(3, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(90))));
    }

    [Fact]
    public void A_failure_of_an_item_is_named_by_its_job_and_its_key()
    {
        var name = JobItemNames.Of("定时发布", "内容 12");

        Assert.Equal("定时发布 · 内容 12", name);
        Assert.StartsWith(JobItemNames.Prefix("定时发布"), name);
        Assert.Equal("定时发布", JobItemNames.JobOf(name));
        Assert.Equal("定时发布", JobItemNames.JobOf("定时发布"));
    }
}

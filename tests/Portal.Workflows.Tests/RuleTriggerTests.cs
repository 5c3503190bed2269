using Microsoft.Extensions.Time.Testing;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Tests;

/// <summary>When the timed triggers fire and which subjects the conditions let through, on a fake clock.</summary>
public sealed class RuleTriggerTests
{
    /// <summary>Monday 2026-11-30 08:59:30 Beijing time.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 0, 59, 30, TimeSpan.Zero));

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    [Fact]
    public void A_contest_closing_rule_fires_from_the_given_days_before_the_close_until_the_close()
    {
        var closesAt = Now.AddDays(3).AddMinutes(1);

        Assert.Null(RuleOccasions.ContestClosing(7, closesAt, 3, Now));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var occasion = RuleOccasions.ContestClosing(7, closesAt, 3, Now);
        Assert.NotNull(occasion);
        _clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(occasion, RuleOccasions.ContestClosing(7, closesAt, 3, Now));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(RuleOccasions.ContestClosing(7, closesAt, 3, Now));
    }

    [Fact]
    public void A_contest_given_a_new_closing_time_is_a_new_occasion()
    {
        var first = RuleOccasions.ContestClosing(7, Now.AddDays(1), 3, Now);
        var extended = RuleOccasions.ContestClosing(7, Now.AddDays(2), 3, Now);

        Assert.NotNull(first);
        Assert.NotNull(extended);
        Assert.NotEqual(first, extended);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    [InlineData(-1, false)]
    public void A_task_is_due_soon_from_the_given_days_before_its_deadline_to_the_day_itself(int daysLeft, bool due)
    {
        var today = BeijingDay.Today(_clock);

        Assert.Equal(due, RuleOccasions.TaskDueSoon(5, LedgerStatus.InProgress, today.AddDays(daysLeft), 7, today) is not null);
    }

    [Theory]
    [InlineData(LedgerStatus.Done)]
    [InlineData(LedgerStatus.Paused)]
    public void Finished_and_paused_tasks_are_never_due_nor_overdue(LedgerStatus status)
    {
        var today = BeijingDay.Today(_clock);

        Assert.Null(RuleOccasions.TaskDueSoon(5, status, today, 7, today));
        Assert.Null(RuleOccasions.TaskOverdue(5, status, today.AddDays(-3), today));
    }

    [Fact]
    public void A_task_is_overdue_from_the_day_after_its_deadline_in_Beijing_and_again_after_a_new_deadline()
    {
        var today = BeijingDay.Today(_clock);
        Assert.Null(RuleOccasions.TaskOverdue(5, LedgerStatus.InProgress, today, today));

        // 16:00 UTC is midnight in Beijing: the next day there.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero));
        var overdue = RuleOccasions.TaskOverdue(5, LedgerStatus.InProgress, today, BeijingDay.Today(_clock));
        var afterNewDeadline = RuleOccasions.TaskOverdue(5, LedgerStatus.InProgress, today.AddDays(-1), BeijingDay.Today(_clock));

        Assert.NotNull(overdue);
        Assert.NotNull(afterNewDeadline);
        Assert.NotEqual(overdue, afterNewDeadline);
    }

    [Fact]
    public void A_schedule_in_Beijing_time_is_due_once_its_time_has_come()
    {
        const string MondayNine = "0 0 9 ? * MON";
        var since = Now.AddHours(-1);

        Assert.Null(RuleOccasions.ScheduleDue(MondayNine, since, Now));
        _clock.Advance(TimeSpan.FromSeconds(45));

        Assert.Equal(new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc), RuleOccasions.ScheduleDue(MondayNine, since, Now));
    }

    [Fact]
    public void A_schedule_does_not_fire_for_a_time_before_the_rule_was_saved_nor_catch_up_more_than_a_day()
    {
        const string EveryDayAtNine = "0 0 9 * * ?";
        _clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Null(RuleOccasions.ScheduleDue(EveryDayAtNine, Now.AddMinutes(-10), Now));

        var due = RuleOccasions.ScheduleDue(EveryDayAtNine, Now.AddDays(-30), Now);
        Assert.Equal(new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc), due);
    }

    [Fact]
    public void An_occasion_raised_by_a_change_names_its_subject_so_a_failed_run_can_be_tried_again()
    {
        var at = new DateTime(2026, 11, 27, 2, 30, 0, DateTimeKind.Utc);

        Assert.Equal(42, RuleOccasions.SubjectId(RuleOccasions.ContentChanged("Published", 42, at)));
        Assert.Equal(7, RuleOccasions.SubjectId(RuleOccasions.EntrySubmitted(7, at)));
        Assert.Equal(3, RuleOccasions.SubjectId(RuleOccasions.ResultsPublished(3, at)));
        Assert.Null(RuleOccasions.SubjectId(RuleOccasions.Scheduled(at)));
        Assert.Null(RuleOccasions.SubjectId("content:-1:Published"));
    }

    [Fact]
    public void Empty_conditions_match_everything_and_each_set_condition_must_be_met()
    {
        var article = new RuleSubject(RuleSubjectKind.Content, "文章《测试》", "测试", null) { ContentType = "Article", ColumnId = 3 };
        var task = new RuleSubject(RuleSubjectKind.Task, "第 1 项任务《测试》", "测试", null) { LedgerAreaId = 4 };

        Assert.True(RuleConditions.Match(new WorkflowRule(), article));
        Assert.True(RuleConditions.Match(new WorkflowRule { ContentType = "Article", ColumnId = 3 }, article));
        Assert.False(RuleConditions.Match(new WorkflowRule { ContentType = "Regulation" }, article));
        Assert.False(RuleConditions.Match(new WorkflowRule { ContentType = "Article", ColumnId = 9 }, article));
        Assert.True(RuleConditions.Match(new WorkflowRule { LedgerAreaId = 4 }, task));
        Assert.False(RuleConditions.Match(new WorkflowRule { LedgerAreaId = 5 }, task));
        Assert.False(RuleConditions.Match(new WorkflowRule { ContestId = 1 }, task));
    }

    [Fact]
    public void The_message_fills_its_placeholders_and_falls_back_to_the_trigger_text()
    {
        var task = new RuleSubject(RuleSubjectKind.Task, "第 12 项任务《代表培训》", "代表培训", null) { Due = "2026-12-01" };

        Assert.Equal("第 12 项任务《代表培训》将于 2026-12-01 到期，请及时推进并报送进展。",
            RuleMessage.Compose(new WorkflowRule { Trigger = RuleTrigger.TaskDueSoon }, task));
        Assert.Equal("《代表培训》按规则“临期提醒”办理",
            RuleMessage.Compose(new WorkflowRule { Trigger = RuleTrigger.TaskDueSoon, Name = "临期提醒", Message = "《{标题}》按规则“{规则}”办理" }, task));
    }
}

using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Tests;

public sealed class RuleValidationTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);

    private static List<(string Field, string Message)> Errors(WorkflowRule rule) => RuleValidation.Validate(rule, Now).ToList();

    private static WorkflowRule Valid(RuleTrigger trigger) => new() { Name = "测试规则", Trigger = trigger, WriteAuditLog = true, DaysBefore = 3, Schedule = "0 0 9 * * ?" };

    [Fact]
    public void A_complete_rule_of_every_trigger_is_accepted() =>
        Assert.All(RuleTriggers.All, trigger => Assert.Empty(Errors(Valid(trigger))));

    [Fact]
    public void A_rule_without_an_action_is_refused()
    {
        var rule = Valid(RuleTrigger.ContentPublished);
        rule.WriteAuditLog = false;

        Assert.Contains(Errors(rule), e => e.Message.StartsWith("规则至少需要一个动作"));
    }

    [Theory]
    [InlineData("", "请填写计划时间")]
    [InlineData("每周一九点", "格式不正确")]
    [InlineData("0 9 * * 1", "格式不正确")]
    [InlineData("* * * * * ?", "最多每分钟一次")]
    [InlineData("0 0 9 30 2 ?", "永远不会运行")]
    public void A_malformed_or_too_frequent_schedule_is_refused_with_an_example(string schedule, string message)
    {
        var rule = Valid(RuleTrigger.Schedule);
        rule.Schedule = schedule;

        var error = Assert.Single(Errors(rule));
        Assert.Equal(nameof(WorkflowRule.Schedule), error.Field);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(366)]
    public void Days_before_must_be_given_between_one_and_a_year(int? days)
    {
        var rule = Valid(RuleTrigger.TaskDueSoon);
        rule.DaysBefore = days;

        Assert.Equal(nameof(WorkflowRule.DaysBefore), Assert.Single(Errors(rule)).Field);
    }

    [Fact]
    public void Conditions_and_actions_that_do_not_go_with_the_trigger_are_refused()
    {
        var rule = Valid(RuleTrigger.TaskOverdue);
        rule.ContentType = "Article";
        rule.ContestId = 1;
        rule.Publication = PublicationChange.Unpublish;
        rule.AdoptGoldenIdea = true;
        rule.AdoptAreaId = 1;
        rule.AdoptOwnerId = "x";
        rule.AdoptOwnerUnits = "办公室";
        rule.AdoptDeadlineDays = 30;

        var fields = Errors(rule).Select(e => e.Field).ToList();

        Assert.Equal(["ContentType", "ContestId", "Publication", "AdoptGoldenIdea"], fields);
    }

    [Fact]
    public void Adopting_golden_ideas_needs_an_area_an_owner_units_and_a_time_limit()
    {
        var rule = Valid(RuleTrigger.ResultsPublished);
        rule.AdoptGoldenIdea = true;
        rule.AdoptDeadlineDays = 0;

        Assert.Equal(["AdoptAreaId", "AdoptOwner", "AdoptOwnerUnits", "AdoptDeadlineDays"], Errors(rule).Select(e => e.Field));
    }

    [Fact]
    public void Mail_without_anyone_to_notify_and_unknown_placeholders_are_refused()
    {
        var rule = Valid(RuleTrigger.ContentPublished);
        rule.NotifyByMail = true;
        rule.Message = "{标题} 已由 {发布人} 发布";

        var errors = Errors(rule);

        Assert.Contains(errors, e => e.Field == nameof(WorkflowRule.NotifyByMail));
        Assert.Contains(errors, e => e.Field == nameof(WorkflowRule.Message) && e.Message.Contains("{发布人}") && !e.Message.StartsWith("通知内容中的 {标题}"));
    }

    [Fact]
    public void A_scheduled_rule_has_no_people_of_its_own_to_notify()
    {
        var rule = Valid(RuleTrigger.Schedule);
        rule.NotifySubjectPeople = true;

        Assert.Equal(nameof(WorkflowRule.NotifySubjectPeople), Assert.Single(Errors(rule)).Field);
    }
}

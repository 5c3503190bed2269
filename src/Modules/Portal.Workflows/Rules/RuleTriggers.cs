using Portal.Workflows.Models;

namespace Portal.Workflows.Rules;

/// <summary>What each trigger means, what it hands to the rule and which options of a rule go with it.</summary>
public static class RuleTriggers
{
    public const int MaxDaysBefore = 365;

    public static readonly IReadOnlyList<RuleTrigger> All = Enum.GetValues<RuleTrigger>();

    public static string ToChinese(this RuleTrigger trigger) => trigger switch
    {
        RuleTrigger.ContentSubmitted => "内容提交审核",
        RuleTrigger.ContentPublished => "内容发布",
        RuleTrigger.ContentUnpublished => "内容撤下",
        RuleTrigger.ContentDeleted => "内容删除",
        RuleTrigger.EntrySubmitted => "参赛作品提交",
        RuleTrigger.ResultsPublished => "评审结果公布",
        RuleTrigger.ContestClosing => "征集截止前若干天",
        RuleTrigger.TaskDueSoon => "台账任务临近截止",
        RuleTrigger.TaskOverdue => "台账任务逾期",
        RuleTrigger.Schedule => "按计划时间",
        _ => trigger.ToString(),
    };

    public static RuleSubjectKind SubjectOf(RuleTrigger trigger) => trigger switch
    {
        RuleTrigger.ContentSubmitted or RuleTrigger.ContentPublished or RuleTrigger.ContentUnpublished or RuleTrigger.ContentDeleted
            => RuleSubjectKind.Content,
        RuleTrigger.EntrySubmitted => RuleSubjectKind.Entry,
        RuleTrigger.ResultsPublished or RuleTrigger.ContestClosing => RuleSubjectKind.Contest,
        RuleTrigger.TaskDueSoon or RuleTrigger.TaskOverdue => RuleSubjectKind.Task,
        _ => RuleSubjectKind.None,
    };

    /// <summary>Checked by the scheduled rules job rather than raised by a change.</summary>
    public static bool IsTimed(RuleTrigger trigger) =>
        trigger is RuleTrigger.ContestClosing or RuleTrigger.TaskDueSoon or RuleTrigger.TaskOverdue or RuleTrigger.Schedule;

    public static bool TakesDaysBefore(RuleTrigger trigger) => trigger is RuleTrigger.ContestClosing or RuleTrigger.TaskDueSoon;

    public static bool TakesContentConditions(RuleTrigger trigger) => SubjectOf(trigger) == RuleSubjectKind.Content;

    public static bool TakesContestCondition(RuleTrigger trigger) => SubjectOf(trigger) is RuleSubjectKind.Entry or RuleSubjectKind.Contest;

    public static bool TakesAreaCondition(RuleTrigger trigger) => SubjectOf(trigger) == RuleSubjectKind.Task;

    public static bool CanChangePublication(RuleTrigger trigger) => SubjectOf(trigger) == RuleSubjectKind.Content;

    /// <summary>A submitted golden idea, or the awarded golden ideas of results just published.</summary>
    public static bool CanAdoptGoldenIdeas(RuleTrigger trigger) => trigger is RuleTrigger.EntrySubmitted or RuleTrigger.ResultsPublished;

    public static bool HasSubjectPeople(RuleTrigger trigger) => SubjectOf(trigger) is RuleSubjectKind.Content or RuleSubjectKind.Entry or RuleSubjectKind.Task;

    public static string DefaultMessage(RuleTrigger trigger) => trigger switch
    {
        RuleTrigger.ContentSubmitted => "{对象}已提交审核。",
        RuleTrigger.ContentPublished => "{对象}已发布。",
        RuleTrigger.ContentUnpublished => "{对象}已撤下，公众不再能看到。",
        RuleTrigger.ContentDeleted => "{对象}已删除（可在回收站恢复）。",
        RuleTrigger.EntrySubmitted => "收到{对象}。",
        RuleTrigger.ResultsPublished => "{对象}的评审结果已公布。",
        RuleTrigger.ContestClosing => "{对象}将于 {截止时间} 截止征集，请抓紧提交作品。",
        RuleTrigger.TaskDueSoon => "{对象}将于 {截止时间} 到期，请及时推进并报送进展。",
        RuleTrigger.TaskOverdue => "{对象}已超过截止日期 {截止时间}，请尽快办结或说明原因。",
        _ => "请按规则《{规则}》办理。",
    };
}

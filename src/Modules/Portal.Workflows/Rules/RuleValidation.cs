using Portal.Workflows.Models;

namespace Portal.Workflows.Rules;

/// <summary>What makes a rule complete and sensible; each message names the form field it belongs to.</summary>
public static class RuleValidation
{
    public const int NameMaxLength = 100;
    public const int MaxAdoptDeadlineDays = 365;
    public const int OwnerUnitsMaxLength = 100;

    public static IEnumerable<(string Field, string Message)> Validate(WorkflowRule rule, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            yield return (nameof(rule.Name), "请填写规则名称。");
        }
        else if (rule.Name.Trim().Length > NameMaxLength)
        {
            yield return (nameof(rule.Name), $"规则名称不能超过 {NameMaxLength} 个字。");
        }

        var trigger = rule.Trigger;
        if (RuleTriggers.TakesDaysBefore(trigger) && rule.DaysBefore is not (>= 1 and <= RuleTriggers.MaxDaysBefore))
        {
            yield return (nameof(rule.DaysBefore), $"提前天数须为 1 到 {RuleTriggers.MaxDaysBefore} 之间的整数。");
        }

        if (trigger == RuleTrigger.Schedule && ScheduleError(rule.Schedule, nowUtc) is { } scheduleError)
        {
            yield return (nameof(rule.Schedule), scheduleError);
        }

        foreach (var error in ConditionErrors(rule))
        {
            yield return error;
        }

        foreach (var error in ActionErrors(rule))
        {
            yield return error;
        }
    }

    public static bool HasRecipients(WorkflowRule rule) =>
        !string.IsNullOrWhiteSpace(rule.NotifyRoles) || !string.IsNullOrWhiteSpace(rule.NotifyUsers) || rule.NotifySubjectPeople;

    public static bool HasAction(WorkflowRule rule) =>
        HasRecipients(rule) || rule.Publication != PublicationChange.None || rule.AdoptGoldenIdea || rule.WriteAuditLog;

    /// <summary>Null when the text is a Quartz cron expression that comes round, at most once a minute.</summary>
    public static string? ScheduleError(string? cron, DateTime nowUtc)
    {
        const string Format = "请按“秒 分 时 日 月 周”填写，例如每天 8:30 为“0 30 8 * * ?”，每周一 9:00 为“0 0 9 ? * MON”。";
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "请填写计划时间。" + Format;
        }

        if (RuleOccasions.ParseSchedule(cron) is not { } expression)
        {
            return "计划时间的格式不正确。" + Format;
        }

        var first = expression.GetNextValidTimeAfter(new DateTimeOffset(nowUtc, TimeSpan.Zero));
        if (first is null)
        {
            return "按这个计划时间，规则永远不会运行。";
        }

        var second = expression.GetNextValidTimeAfter(first.Value);
        return second is not null && second.Value - first.Value < TimeSpan.FromMinutes(1) ? "计划时间最多每分钟一次。" : null;
    }

    private static IEnumerable<(string Field, string Message)> ConditionErrors(WorkflowRule rule)
    {
        if (!RuleTriggers.TakesContentConditions(rule.Trigger) && (!string.IsNullOrEmpty(rule.ContentType) || rule.ColumnId is not null))
        {
            yield return (nameof(rule.ContentType), "内容类型和栏目条件只适用于内容触发的规则。");
        }

        if (!RuleTriggers.TakesContestCondition(rule.Trigger) && rule.ContestId is not null)
        {
            yield return (nameof(rule.ContestId), "征文活动条件只适用于参赛作品、评审结果和征集截止触发的规则。");
        }

        if (!RuleTriggers.TakesAreaCondition(rule.Trigger) && rule.LedgerAreaId is not null)
        {
            yield return (nameof(rule.LedgerAreaId), "台账方面条件只适用于台账任务触发的规则。");
        }
    }

    private static IEnumerable<(string Field, string Message)> ActionErrors(WorkflowRule rule)
    {
        if (!HasAction(rule))
        {
            yield return ("", "规则至少需要一个动作：通知、发布或撤下、采纳金点子或写入操作日志。");
        }

        if (rule.NotifyByMail && !HasRecipients(rule))
        {
            yield return (nameof(rule.NotifyByMail), "发送邮件前请选择通知对象（角色、用户或相关人员）。");
        }

        if (rule.NotifySubjectPeople && !RuleTriggers.HasSubjectPeople(rule.Trigger))
        {
            yield return (nameof(rule.NotifySubjectPeople), "此触发条件没有作者或责任人，不能选择“通知相关人员”。");
        }

        if (rule.Message?.Trim().Length > RuleMessage.MaxLength)
        {
            yield return (nameof(rule.Message), $"通知内容不能超过 {RuleMessage.MaxLength} 个字。");
        }

        if (RuleMessage.UnknownPlaceholders(rule.Message).ToList() is { Count: > 0 } unknown)
        {
            yield return (nameof(rule.Message), $"通知内容中的 {string.Join("、", unknown)} 无法识别；可用的占位符：{string.Join("、", RuleMessage.Placeholders)}。");
        }

        if (rule.Publication != PublicationChange.None && !RuleTriggers.CanChangePublication(rule.Trigger))
        {
            yield return (nameof(rule.Publication), "发布或撤下只适用于内容触发的规则。");
        }

        if (!rule.AdoptGoldenIdea)
        {
            yield break;
        }

        if (!RuleTriggers.CanAdoptGoldenIdeas(rule.Trigger))
        {
            yield return (nameof(rule.AdoptGoldenIdea), "采纳金点子只适用于“参赛作品提交”或“评审结果公布”触发的规则。");
        }

        if (rule.AdoptAreaId is null)
        {
            yield return (nameof(rule.AdoptAreaId), "请选择金点子转为任务后所属的台账方面。");
        }

        if (string.IsNullOrEmpty(rule.AdoptOwnerId))
        {
            yield return ("AdoptOwner", "请填写转为任务后的责任人（用户名）。");
        }

        if (string.IsNullOrWhiteSpace(rule.AdoptOwnerUnits))
        {
            yield return (nameof(rule.AdoptOwnerUnits), "请填写转为任务后的责任单位。");
        }
        else if (rule.AdoptOwnerUnits.Trim().Length > OwnerUnitsMaxLength)
        {
            yield return (nameof(rule.AdoptOwnerUnits), $"责任单位不能超过 {OwnerUnitsMaxLength} 个字。");
        }

        if (rule.AdoptDeadlineDays is not (>= 1 and <= MaxAdoptDeadlineDays))
        {
            yield return (nameof(rule.AdoptDeadlineDays), $"办理期限须为 1 到 {MaxAdoptDeadlineDays} 天。");
        }
    }
}

using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Services;

/// <summary>A rule in words for the rule list: when it runs, on what, and what it does.</summary>
public static class RuleSummary
{
    public static string When(WorkflowRule rule) => rule.Trigger switch
    {
        RuleTrigger.ContestClosing => $"征集截止前 {rule.DaysBefore} 天",
        RuleTrigger.TaskDueSoon => $"台账任务到期前 {rule.DaysBefore} 天",
        RuleTrigger.Schedule => $"按计划时间（{rule.Schedule}）",
        _ => rule.Trigger.ToChinese(),
    };

    public static IReadOnlyList<string> Conditions(WorkflowRule rule, RuleChoices choices)
    {
        var conditions = new List<string>();
        if (!string.IsNullOrEmpty(rule.ContentType))
        {
            conditions.Add("类型：" + ContentTypeDirectory.NameOf(rule.ContentType));
        }

        if (rule.ColumnId is { } column)
        {
            conditions.Add("栏目：" + Text(choices.Columns, column.ToString()));
        }

        if (rule.ContestId is { } contest)
        {
            conditions.Add("征文活动：" + Text(choices.Contests, contest.ToString()));
        }

        if (rule.LedgerAreaId is { } area)
        {
            conditions.Add("台账方面：" + Text(choices.Areas, area.ToString()));
        }

        return conditions;
    }

    public static IReadOnlyList<string> Actions(WorkflowRule rule, RuleChoices choices)
    {
        var actions = new List<string>();
        if (rule.Publication != PublicationChange.None)
        {
            actions.Add(rule.Publication == PublicationChange.Publish ? "发布该内容" : "撤下该内容");
        }

        if (rule.AdoptGoldenIdea)
        {
            actions.Add($"金点子转为台账任务（{Text(choices.Areas, rule.AdoptAreaId?.ToString() ?? "")}，{rule.AdoptDeadlineDays} 天内办结）");
        }

        if (RuleValidation.HasRecipients(rule))
        {
            var whom = RuleLists.Split(rule.NotifyRoles).Select(r => Text(choices.Roles, r))
                .Concat(RuleLists.Split(rule.NotifyUsers))
                .Concat(rule.NotifySubjectPeople ? ["相关人员"] : []);
            actions.Add($"通知{string.Join("、", whom)}{(rule.NotifyByMail ? "（站内消息和邮件）" : "（站内消息）")}");
        }

        if (rule.WriteAuditLog)
        {
            actions.Add("写入操作日志");
        }

        return actions;
    }

    private static string Text(IReadOnlyList<RuleChoice> choices, string value) => choices.FirstOrDefault(c => c.Value == value)?.Text ?? "（已删除）";
}

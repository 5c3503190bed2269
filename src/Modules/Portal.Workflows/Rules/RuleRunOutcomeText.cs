using Portal.Workflows.Models;

namespace Portal.Workflows.Rules;

public static class RuleRunOutcomeText
{
    public static string ToChinese(this RuleRunOutcome outcome) => outcome switch
    {
        RuleRunOutcome.Running => "运行中",
        RuleRunOutcome.Succeeded => "成功",
        RuleRunOutcome.Failed => "失败",
        _ => outcome.ToString(),
    };

    public static string CssClass(this RuleRunOutcome outcome) => outcome switch
    {
        RuleRunOutcome.Succeeded => "status-published",
        RuleRunOutcome.Failed => "status-draft",
        _ => "status-pending",
    };
}

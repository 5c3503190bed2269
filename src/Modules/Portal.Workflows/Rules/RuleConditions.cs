using Portal.Workflows.Models;

namespace Portal.Workflows.Rules;

/// <summary>Whether a subject meets a rule's conditions: each condition that is set must equal the subject's fact.</summary>
public static class RuleConditions
{
    public static bool Match(WorkflowRule rule, RuleSubject subject) =>
        Meets(rule.ContentType, subject.ContentType)
        && Meets(rule.ColumnId, subject.ColumnId)
        && Meets(rule.ContestId, subject.ContestId)
        && Meets(rule.LedgerAreaId, subject.LedgerAreaId);

    private static bool Meets<T>(T? wanted, T? actual) where T : struct => wanted is null || Equals(wanted, actual);

    private static bool Meets(string? wanted, string? actual) => string.IsNullOrEmpty(wanted) || wanted == actual;
}

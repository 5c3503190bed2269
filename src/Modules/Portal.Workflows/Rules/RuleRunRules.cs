using Portal.Workflows.Models;

namespace Portal.Workflows.Rules;

/// <summary>When a failed run of a rule is tried again.</summary>
public static class RuleRunRules
{
    public const int MaxAttempts = 3;

    public static bool MayRetry(RuleRunOutcome outcome, int attempts) => outcome == RuleRunOutcome.Failed && attempts < MaxAttempts;
}

using Portal.Workflows.Models;

namespace Portal.Workflows.Rules;

/// <summary>
/// When a failed run of a rule is tried again: a run is an item of the rules job, so it is tried again on the schedule of
/// the jobs' items (<see cref="JobRetryRules.Items"/>) and parked after its last attempt, for an administrator to retry.
/// </summary>
public static class RuleRunRules
{
    public static int MaxAttempts => JobRetryRules.Items.MaxAttempts;

    /// <summary>Whether a run taken before may be taken up again at all.</summary>
    public static bool MayRetry(RuleRunOutcome outcome, int attempts) => outcome == RuleRunOutcome.Failed && !JobRetryRules.Items.Parks(attempts);

    /// <summary>
    /// Whether a failed run is tried again now: after the pause its attempts call for, or at once when an administrator
    /// asked for it (which resets its attempts).
    /// </summary>
    public static bool DueAgain(RuleRunOutcome outcome, int attempts, DateTime lastFailedAtUtc, DateTime nowUtc) =>
        MayRetry(outcome, attempts) && (attempts == 0 || JobRetryRules.ItemDue(attempts, lastFailedAtUtc, nowUtc));

    public static bool Parked(RuleRunOutcome outcome, int attempts) => outcome == RuleRunOutcome.Failed && JobRetryRules.Items.Parks(attempts);
}

using Portal.Core.Queues;

namespace Portal.Workflows.Rules;

/// <summary>
/// A job whose run throws as a whole is run again at once a few times; after that the failure is reported and the next
/// scheduled run tries again. An item of a job that throws (a scheduled publication, a rule's run) is tried again at
/// later runs of the job, each time after a longer pause, and parked after its last attempt, while the other items go on.
/// </summary>
public static class JobRetryRules
{
    /// <summary>Attempts of a whole run, the first included; a constant for Quartz's retry policy.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The pause before a failed run is fired again, as Quartz's retry policy reads it.</summary>
    public const string RetryInterval = "00:00:10";

    public static readonly RetrySchedule Runs = new(MaxAttempts, TimeSpan.Parse(RetryInterval));

    public static readonly RetrySchedule Items = new(3, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));

    /// <summary>Whether an item that failed <paramref name="attemptsMade"/> times, the last at <paramref name="lastFailedAtUtc"/>, is tried again now.</summary>
    public static bool ItemDue(int attemptsMade, DateTime lastFailedAtUtc, DateTime nowUtc) =>
        !Items.Parks(attemptsMade) && Items.NextAttempt(attemptsMade, lastFailedAtUtc) <= nowUtc;
}

using Portal.Core.Data;
using Portal.Core.Queues;
using Portal.Search.Models;

namespace Portal.Search.Rules;

/// <summary>
/// When an item that could not be indexed is tried again: 10 seconds, a minute, 5 and 15 minutes after its failed
/// attempts, and after the fifth it is parked until an administrator retries it.
/// </summary>
internal static class IndexRetryRules
{
    public const int ErrorLength = 1000;

    public static readonly RetrySchedule Schedule = new(5,
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15));

    /// <summary>Counts one more failed attempt, made at <paramref name="nowUtc"/>: the next one is scheduled, or the item is parked.</summary>
    public static void Failed(SearchIndexFailure failure, Exception exception, DateTime nowUtc)
    {
        failure.Attempts++;
        failure.LastError = $"{exception.GetType().Name}: {exception.Message}".Clip(ErrorLength);
        failure.LastAttemptAt = nowUtc;
        failure.IsParked = Schedule.Parks(failure.Attempts);
        failure.NextAttemptAt = Schedule.NextAttempt(failure.Attempts, nowUtc);
    }

    /// <summary>
    /// An administrator's retry: the item is tried at the next pass. It keeps its count, so a parked item that still
    /// fails is parked again at once instead of starting another round of attempts.
    /// </summary>
    public static void RetryNow(SearchIndexFailure failure, DateTime nowUtc)
    {
        failure.IsParked = false;
        failure.NextAttemptAt = nowUtc;
    }
}

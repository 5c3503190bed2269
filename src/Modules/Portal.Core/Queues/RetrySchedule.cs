namespace Portal.Core.Queues;

/// <summary>
/// When a failed queue entry is tried again, and when it is parked: after <see cref="MaxAttempts"/> attempts
/// the entry waits for an administrator's retry instead, and the entries after it go on regardless.
/// </summary>
public sealed class RetrySchedule(int maxAttempts, params TimeSpan[] delays)
{
    public int MaxAttempts { get; } = maxAttempts;

    public bool Parks(int attemptsMade) => attemptsMade >= MaxAttempts;

    /// <summary>The time of the next attempt after <paramref name="attemptsMade"/> failed ones: each delay in turn, then the last one again.</summary>
    public DateTime NextAttempt(int attemptsMade, DateTime nowUtc) =>
        nowUtc + delays[Math.Clamp(attemptsMade - 1, 0, delays.Length - 1)];
}

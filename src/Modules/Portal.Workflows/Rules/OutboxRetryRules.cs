namespace Portal.Workflows.Rules;

/// <summary>How long a mail waits after a failed attempt, and when the outbox gives up and shows the failure.</summary>
public static class OutboxRetryRules
{
    public const int MaxAttempts = 5;

    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1),
    ];

    public static bool GivesUp(int attemptsMade) => attemptsMade >= MaxAttempts;

    public static DateTime NextAttempt(int attemptsMade, DateTime nowUtc) =>
        nowUtc + Delays[Math.Clamp(attemptsMade - 1, 0, Delays.Length - 1)];
}

using Portal.Core.Queues;

namespace Portal.Workflows.Rules;

/// <summary>How long a mail waits after a failed attempt, and when the outbox parks it as failed for an administrator to send again.</summary>
public static class OutboxRetryRules
{
    public static readonly RetrySchedule Schedule = new(5,
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1));
}

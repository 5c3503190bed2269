namespace Portal.Contents.Rules;

public static class PublishingRules
{
    /// <summary>A publication time in the future schedules; now or in the past publishes at once.</summary>
    public static bool IsScheduled(DateTime? publishAtUtc, DateTime nowUtc) => publishAtUtc is { } at && at > nowUtc;
}

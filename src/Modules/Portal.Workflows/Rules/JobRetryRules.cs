namespace Portal.Workflows.Rules;

/// <summary>A job that throws is run again at once a few times; after that the failure is reported and the next scheduled run tries again.</summary>
public static class JobRetryRules
{
    public const int MaxAttempts = 3;

    public static bool RetriesAfter(int attemptsMade) => attemptsMade < MaxAttempts;
}

namespace Portal.Search.ViewModels;

internal sealed record SearchAdminPage(int Documents, long? Mark, int Pending, DateTime? LastRebuiltAt, string IndexPath, string NodeId, int FailureCount, IReadOnlyList<FailedItem> Failures);

/// <summary>An item this node could not index; <paramref name="NextAttemptAt"/> is null once it is parked.</summary>
internal sealed record FailedItem(string Kind, string Key, int Attempts, string LastError, DateTime LastAttemptAt, DateTime? NextAttemptAt)
{
    public bool IsParked => NextAttemptAt is null;
}

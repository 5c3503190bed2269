namespace Portal.Search.Models;

/// <summary>
/// An item one node could not put into its own index because its source threw. The node's cursor has gone past the
/// queue entry so that the entries after it are applied; this record is what brings the item back: it is tried again
/// on a schedule and, after the last attempt, parked until an administrator retries it. <see cref="Node"/> is the
/// index's <c>SearchIndex.NodeId</c>: another node has its own cursor, its own index and its own records.
/// </summary>
internal sealed class SearchIndexFailure
{
    /// <summary>The key of a failure that covers every item of its kind: the source broke off its listing in a rebuild.</summary>
    public const string EveryItem = "*";

    public long Id { get; set; }

    public string Node { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Key { get; set; } = "";

    public int Attempts { get; set; }

    public string LastError { get; set; } = "";

    public DateTime LastAttemptAt { get; set; }

    /// <summary>When the item is tried again, unless it is parked.</summary>
    public DateTime NextAttemptAt { get; set; }

    public bool IsParked { get; set; }
}

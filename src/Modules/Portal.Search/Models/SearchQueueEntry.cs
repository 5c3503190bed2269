namespace Portal.Search.Models;

/// <summary>
/// One change the search index must apply: “item <see cref="Kind"/>/<see cref="Key"/> changed, look it up again”.
/// Rows are never claimed or deleted by a node: every node keeps its own index and applies every row once,
/// remembering in that index how far it got (see <c>QueueProgress</c>).
/// </summary>
public sealed class SearchQueueEntry
{
    /// <summary>The entry that asks every node to rebuild its index from the database.</summary>
    public const string RebuildKind = "*";

    /// <summary>Increases with every entry; a node's progress is a position in this order.</summary>
    public long Id { get; set; }

    public string Kind { get; set; } = "";

    public string Key { get; set; } = "";

    public DateTime EnqueuedAt { get; set; }
}

namespace Portal.Search.Services;

public sealed class SearchOptions
{
    public const string Section = "Portal:Search";

    /// <summary>This node's index folder; empty means <c>search-index</c> in the data folder. Never shared between nodes.</summary>
    public string? IndexPath { get; set; }

    /// <summary>How often the queue is read when nothing was enqueued on this node (changes made on other nodes).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long after being enqueued an entry is surely committed. PostgreSQL hands out ids before commit, so a lower id
    /// can appear after a higher one; a node keeps re-checking the entries younger than this and only then moves its mark past them.
    /// </summary>
    public TimeSpan SettleWindow { get; set; } = TimeSpan.FromMinutes(2);
}

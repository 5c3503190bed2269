namespace Portal.Delegates.Models;

/// <summary>
/// One row per delegate profile, kept by <c>DelegateIndexHandler</c> in the same save as the content:
/// the latest name for the admin list, the published fields for the public directory and its filters.
/// </summary>
public sealed class DelegateIndex
{
    public long ContentItemId { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>True while a version is published and the item is not in the recycle bin.</summary>
    public bool IsPublic { get; set; }

    public string? PublishedName { get; set; }

    public DelegateLevel? Level { get; set; }

    public string? Congress { get; set; }

    public string? Delegation { get; set; }

    public CommitteeRole CommitteeRole { get; set; }

    public string? Unit { get; set; }

    public Guid? PhotoId { get; set; }

    /// <summary>Directory order: city before county before township, leaders first.</summary>
    public int SortRank { get; set; }
}

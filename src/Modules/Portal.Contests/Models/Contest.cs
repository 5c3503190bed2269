namespace Portal.Contests.Models;

/// <summary>
/// The structured part of a contest (征文活动); its notice (title, theme, rules) is the content item
/// <see cref="ContentItemId"/>. Times are UTC, to the second.
/// </summary>
public sealed class Contest
{
    public long Id { get; set; }

    public long ContentItemId { get; set; }

    public DateTime OpensAt { get; set; }

    public DateTime ClosesAt { get; set; }

    /// <summary>Role names that may enter, comma-separated.</summary>
    public string EligibleRoles { get; set; } = "";

    public int JudgesPerEntry { get; set; } = 3;

    /// <summary>Totals use each judge's scores normalised to the common mean and spread.</summary>
    public bool NormaliseScores { get; set; }

    public bool ResultsPublished { get; set; }

    public DateTime? ResultsPublishedAt { get; set; }

    public List<ContestTrack> Tracks { get; set; } = [];

    public IReadOnlyList<string> EligibleRoleList =>
        EligibleRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

namespace Portal.Contests.Models;

/// <summary>One track of a contest (征文 or 金点子) with its limits and its rubric.</summary>
public sealed class ContestTrack
{
    public int Id { get; set; }

    public long ContestId { get; set; }

    public TrackKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Characters of text, whitespace not counted.</summary>
    public int MinLength { get; set; }

    public int MaxLength { get; set; }

    public int MaxEntriesPerPerson { get; set; } = 1;

    public bool AllowAttachments { get; set; }

    public int SortOrder { get; set; }

    public List<RubricCriterion> Criteria { get; set; } = [];
}

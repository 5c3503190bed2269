namespace Portal.Workflows.Models;

/// <summary>One step of an item's review: submitted, sent back with a comment, approved or scheduled.</summary>
public sealed class ReviewEntry
{
    public long Id { get; set; }

    public long ContentItemId { get; set; }

    /// <summary>The version the step was about.</summary>
    public int VersionNumber { get; set; }

    public ReviewAction Action { get; set; }

    public string? Comment { get; set; }

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    public DateTime At { get; set; }

    public DateTime? PublishAt { get; set; }
}

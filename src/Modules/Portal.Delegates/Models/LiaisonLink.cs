namespace Portal.Delegates.Models;

/// <summary>A delegate or committee leader linked to a liaison point from a start date (and, once it ends, to an end date).</summary>
public sealed class LiaisonLink
{
    public int Id { get; set; }

    public long ContentItemId { get; set; }

    public int LiaisonPointId { get; set; }

    public LiaisonPoint? LiaisonPoint { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }
}

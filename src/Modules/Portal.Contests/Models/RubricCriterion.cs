namespace Portal.Contests.Models;

/// <summary>A criterion of a track's rubric; its weight is also its full mark (满分), so a judge scores 0 to <see cref="Weight"/>.</summary>
public sealed class RubricCriterion
{
    public int Id { get; set; }

    public int TrackId { get; set; }

    public string Name { get; set; } = "";

    public int Weight { get; set; }

    public int SortOrder { get; set; }
}

namespace Portal.Contests.Models;

/// <summary>An immutable line of the score log: who changed a review, when, from what to what, and why.</summary>
public sealed class ScoreLogEntry
{
    public long Id { get; set; }

    public long AssignmentId { get; set; }

    public DateTime At { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Action { get; set; } = "";

    public string OldValues { get; set; } = "";

    public string NewValues { get; set; } = "";

    public string? Reason { get; set; }
}

namespace Portal.Contests.Models;

/// <summary>One judge's review of one entry: the scores per criterion, a comment, and whether it is submitted (locked).</summary>
public sealed class JudgeAssignment
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    public ContestEntry? Entry { get; set; }

    public string JudgeId { get; set; } = "";

    public string JudgeName { get; set; } = "";

    public bool IsSubmitted { get; set; }

    public DateTime AssignedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string Comment { get; set; } = "";

    public List<CriterionScore> Scores { get; set; } = [];
}

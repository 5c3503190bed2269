namespace Portal.Contests.Models;

public sealed class CriterionScore
{
    public long Id { get; set; }

    public long AssignmentId { get; set; }

    public int CriterionId { get; set; }

    public int Value { get; set; }
}

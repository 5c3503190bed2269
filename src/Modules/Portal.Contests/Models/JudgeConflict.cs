namespace Portal.Contests.Models;

/// <summary>A unit (单位) a judge declared a conflict of interest with, for one contest.</summary>
public sealed class JudgeConflict
{
    public long Id { get; set; }

    public long ContestId { get; set; }

    public string JudgeId { get; set; } = "";

    public string Unit { get; set; } = "";
}

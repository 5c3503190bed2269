namespace Portal.Contests.Models;

/// <summary>A judge appointed to a track: the pool that entries of the track are assigned from.</summary>
public sealed class TrackJudge
{
    public int TrackId { get; set; }

    public string JudgeId { get; set; } = "";

    public string JudgeName { get; set; } = "";
}

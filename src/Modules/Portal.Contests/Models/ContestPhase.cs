namespace Portal.Contests.Models;

/// <summary>The live status of a contest, computed from its times and its results flag.</summary>
public enum ContestPhase
{
    NotStarted,
    Open,
    Judging,
    Announced,
}

public static class ContestPhaseNames
{
    public static string ToChinese(this ContestPhase phase) => phase switch
    {
        ContestPhase.NotStarted => "未开始",
        ContestPhase.Open => "征集中",
        ContestPhase.Judging => "评审中",
        ContestPhase.Announced => "已揭晓",
        _ => phase.ToString(),
    };

    public static string CssClass(this ContestPhase phase) => phase switch
    {
        ContestPhase.Open => "status-published",
        ContestPhase.Judging => "status-pending",
        ContestPhase.Announced => "status-scheduled",
        _ => "status-draft",
    };
}

using Portal.Contests.Models;

namespace Portal.Contests.Rules;

/// <summary>Where a contest stands at a moment: before opening, open, being judged, results announced.</summary>
public static class ContestPhaseRules
{
    /// <summary>Open from <paramref name="opensAt"/> inclusive until <paramref name="closesAt"/> exclusive (UTC).</summary>
    public static ContestPhase PhaseAt(DateTime opensAt, DateTime closesAt, bool resultsPublished, DateTime nowUtc)
    {
        if (resultsPublished)
        {
            return ContestPhase.Announced;
        }

        if (nowUtc < opensAt)
        {
            return ContestPhase.NotStarted;
        }

        return nowUtc < closesAt ? ContestPhase.Open : ContestPhase.Judging;
    }

    public static ContestPhase PhaseAt(Contest contest, DateTime nowUtc) =>
        PhaseAt(contest.OpensAt, contest.ClosesAt, contest.ResultsPublished, nowUtc);

    public static bool AcceptsEntries(Contest contest, DateTime nowUtc) => PhaseAt(contest, nowUtc) == ContestPhase.Open;

    /// <summary>Judging and results belong to the time after the deadline: entries no longer change.</summary>
    public static bool IsClosed(Contest contest, DateTime nowUtc) => nowUtc >= contest.ClosesAt;

    /// <summary>Checks the times an editor sets; returns a Chinese message, or null.</summary>
    public static string? ValidateTimes(DateTime opensAt, DateTime closesAt) =>
        closesAt <= opensAt ? "截止时间必须晚于开始时间。" : null;
}

namespace Portal.Contests.Rules;

/// <summary>
/// Who may judge what, and the automatic assignment: each entry gets up to N judges, never its author nor a judge who
/// declared a conflict with the author's unit; the least-loaded judges are taken first, ties broken at random.
/// </summary>
public static class AssignmentRules
{
    public static bool CanJudge(JudgeCandidate judge, EntryToAssign entry) =>
        judge.JudgeId != entry.AuthorId && !judge.ConflictUnits.Contains(UnitKey(entry.Unit));

    /// <summary>Units compare without spaces and case, so “市 发改委” and “市发改委” are one unit.</summary>
    public static string UnitKey(string unit) =>
        new string(unit.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public static AssignmentPlan Plan(
        IReadOnlyList<EntryToAssign> entries,
        IReadOnlyList<JudgeCandidate> judges,
        IReadOnlyCollection<(long EntryId, string JudgeId)> existing,
        int judgesPerEntry,
        Random random)
    {
        var load = judges.ToDictionary(j => j.JudgeId, j => existing.Count(e => e.JudgeId == j.JudgeId));
        var onEntry = existing.GroupBy(e => e.EntryId).ToDictionary(g => g.Key, g => g.Select(e => e.JudgeId).ToHashSet());
        var added = new List<(long EntryId, string JudgeId)>();
        var shortfalls = new List<long>();

        // The most constrained entries choose first, so that conflicts do not leave them without judges.
        var order = entries
            .Select(e => (Entry: e, Eligible: judges.Count(j => CanJudge(j, e)), Tie: random.Next()))
            .OrderBy(x => x.Eligible).ThenBy(x => x.Tie)
            .Select(x => x.Entry)
            .ToList();

        foreach (var entry in order)
        {
            var assigned = onEntry.TryGetValue(entry.EntryId, out var set) ? set : onEntry[entry.EntryId] = [];
            var needed = judgesPerEntry - assigned.Count;
            if (needed <= 0)
            {
                continue;
            }

            var chosen = judges
                .Where(j => !assigned.Contains(j.JudgeId) && CanJudge(j, entry))
                .Select(j => (Judge: j, Tie: random.Next()))
                .OrderBy(x => load[x.Judge.JudgeId]).ThenBy(x => x.Tie)
                .Take(needed)
                .Select(x => x.Judge.JudgeId)
                .ToList();

            foreach (var judgeId in chosen)
            {
                assigned.Add(judgeId);
                load[judgeId]++;
                added.Add((entry.EntryId, judgeId));
            }

            if (chosen.Count < needed)
            {
                shortfalls.Add(entry.EntryId);
            }
        }

        return new AssignmentPlan(added, shortfalls);
    }
}

public sealed record EntryToAssign(long EntryId, string AuthorId, string Unit);

/// <summary>A judge of the track; <see cref="ConflictUnits"/> holds <see cref="AssignmentRules.UnitKey"/>s.</summary>
public sealed record JudgeCandidate(string JudgeId, IReadOnlySet<string> ConflictUnits);

/// <summary>The new assignments, and the entries that could not get enough judges.</summary>
public sealed record AssignmentPlan(IReadOnlyList<(long EntryId, string JudgeId)> Added, IReadOnlyList<long> Shortfalls);

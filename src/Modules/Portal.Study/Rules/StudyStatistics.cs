namespace Portal.Study.Rules;

/// <summary>What the statistics need to know of a session: whom it expects and whether it is over.</summary>
public sealed record SessionFacts(int Id, int? BranchId, bool KeepsSheet, bool Ended);

public sealed record MemberFacts(string UserId, string Name, int BranchId, string BranchName);

public sealed record PersonFigures(string UserId, string Name, string BranchName, int Expected, int Attended, int Leave, int Absent, int Reflections);

public sealed record BranchFigures(string BranchName, int Members, int Attended, int Leave, int Absent, int Reflections);

public sealed record StudyFigures(IReadOnlyList<PersonFigures> People, IReadOnlyList<BranchFigures> Branches)
{
    public int Attended => People.Sum(p => p.Attended);

    public int Leave => People.Sum(p => p.Leave);

    public int Absent => People.Sum(p => p.Absent);

    public int Reflections => People.Sum(p => p.Reflections);
}

/// <summary>
/// Attendance per person and per branch over a set of sessions (a year): a member counts for the sessions that expect
/// them (their branch's and the whole organ's, with a sign-in sheet); present wins over leave; absent only once a session is over.
/// </summary>
public static class StudyStatistics
{
    public static StudyFigures Compute(
        IReadOnlyList<SessionFacts> sessions,
        IReadOnlyList<MemberFacts> members,
        IReadOnlySet<(int SessionId, string UserId)> signIns,
        IReadOnlySet<(int SessionId, string UserId)> leaves,
        IReadOnlyDictionary<string, int> reflections)
    {
        var people = members.Select(member =>
        {
            var expected = sessions.Where(s => s.KeepsSheet && (s.BranchId is null || s.BranchId == member.BranchId)).ToList();
            var lines = expected.Select(s => AttendanceRules.Of(signIns.Contains((s.Id, member.UserId)), leaves.Contains((s.Id, member.UserId)), s.Ended)).ToList();
            return new PersonFigures(member.UserId, member.Name, member.BranchName, expected.Count,
                lines.Count(l => l == Attendance.Present), lines.Count(l => l == Attendance.OnLeave), lines.Count(l => l == Attendance.Absent),
                reflections.GetValueOrDefault(member.UserId));
        }).ToList();

        var branches = people.GroupBy(p => p.BranchName)
            .Select(g => new BranchFigures(g.Key, g.Count(), g.Sum(p => p.Attended), g.Sum(p => p.Leave), g.Sum(p => p.Absent), g.Sum(p => p.Reflections)))
            .ToList();
        return new StudyFigures(people, branches);
    }
}

using Portal.Contests.Models;
using Portal.Contests.Services;

namespace Portal.Contests.ViewModels;

public sealed record JudgeTaskRow(long AssignmentId, string TrackName, string EntryTitle, bool IsSubmitted, double? Total);

public sealed record JudgeContestGroup(long ContestId, string ContestTitle, IReadOnlyList<JudgeTaskRow> Tasks, IReadOnlyList<string> Conflicts)
{
    public int Done => Tasks.Count(t => t.IsSubmitted);
}

public sealed record JudgeHomePage(IReadOnlyList<JudgeContestGroup> Contests, IReadOnlyList<ContestHeading> AllContests);

/// <summary>The blind review page: the entry's text and neutral attachment names, never its author or unit.</summary>
public sealed record ReviewPage(
    JudgeAssignment Assignment,
    string ContestTitle,
    ContestTrack Track,
    IReadOnlyDictionary<int, string> TypedScores,
    string Comment,
    IReadOnlyList<string> Errors);

public sealed record ConflictsPage(long ContestId, string ContestTitle, string Units);

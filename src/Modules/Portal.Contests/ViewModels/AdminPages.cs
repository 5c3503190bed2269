using Portal.Contents.Models;
using Portal.Contests.Models;
using Portal.Contests.Services;
using Portal.Core.Security;

namespace Portal.Contests.ViewModels;

public sealed record ContestAdminRow(ContestHeading Contest, ContestPhase Phase, int Submitted, int Drafts);

public sealed record ContestEditPage(
    ContestEditModel Form,
    Contest? Contest,
    ContentItem? Item,
    ContestPhase? Phase,
    bool CanPublish,
    bool CanJudge,
    IReadOnlyDictionary<string, string> Roles);

public sealed record TrackEditPage(long ContestId, string ContestTitle, TrackEditModel Form);

public sealed record ContestEntriesPage(long ContestId, string ContestTitle, IReadOnlyList<(ContestEntry Entry, string TrackName)> Entries);

public sealed record JudgingAdminPage(
    Contest Contest,
    string Title,
    ContestPhase Phase,
    IReadOnlyList<JudgeAccount> Judges,
    IReadOnlyList<TrackJudge> TrackJudges,
    IReadOnlyList<(ContestTrack Track, IReadOnlyList<(ContestEntry Entry, IReadOnlyList<JudgeAssignment> Assignments)> Entries)> Tracks);

public sealed record ResultsAdminPage(Contest Contest, string Title, IReadOnlyList<TrackResults> Tracks);

public sealed record ScoreLogPage(long ContestId, string Title, IReadOnlyList<(ScoreLogEntry Line, string JudgeName, string? Receipt)> Lines);

public static class RoleNames
{
    /// <summary>The roles a contest may be open to, with their Chinese names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Eligible = BuiltInRoles.DisplayNames
        .Where(r => r.Key is not BuiltInRoles.Administrator and not BuiltInRoles.Judge)
        .ToDictionary(r => r.Key, r => r.Value);
}

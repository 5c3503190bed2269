using Portal.Contests.Models;
using Portal.Contests.Services;

namespace Portal.Contests.ViewModels;

public sealed record ContestListPage(IReadOnlyList<(ContestHeading Contest, ContestPhase Phase)> Contests);

public sealed record ContestPage(ContestNotice Notice, ContestPhase Phase);

public sealed record ResultsPage(ContestNotice Notice, IReadOnlyList<(ContestTrack Track, IReadOnlyList<ContestEntry> Winners)> Tracks);

public sealed record WinnerPage(ContestNotice Notice, ContestTrack Track, ContestEntry Entry);

using Portal.Contests.Models;

namespace Portal.Contests.ViewModels;

public sealed record MyEntryRow(ContestEntry Entry, string ContestTitle, string TrackName, bool Open);

public sealed record OpenTrack(string ContestTitle, string ContestSlug, ContestTrack Track, DateTime ClosesAt);

public sealed record MyEntriesPage(IReadOnlyList<MyEntryRow> Entries, IReadOnlyList<OpenTrack> OpenTracks);

/// <summary>The entry form page: what was typed (kept on every refusal), the contest and track, and the stored entry if any.</summary>
public sealed record EntryPage(
    EntryForm Form,
    string ContestTitle,
    string ContestSlug,
    Contest Contest,
    ContestTrack Track,
    ContestEntry? Entry,
    ContestPhase Phase,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Notices)
{
    public bool Open => Phase == ContestPhase.Open;
}

public sealed record ReceiptPage(ContestEntry Entry, string ContestTitle, string TrackName, DateTime ClosesAt);

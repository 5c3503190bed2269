namespace Portal.Ledger.ViewModels;

public sealed record AttachmentLink(long Id, string FileName, string KindName, long Length);

/// <summary>One moment of a task's history: a progress note and the changes saved with it, by one person.</summary>
public sealed record TimelineEntry(
    DateTime At,
    string Who,
    string? Note,
    bool IsPublic,
    IReadOnlyList<string> Changes,
    IReadOnlyList<AttachmentLink> Attachments);

using Portal.Contents.Models;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.ViewModels;

public sealed record ReviewQueueRow(long Id, string TypeName, string Title, string OwnerName, DateTime SubmittedAt, bool HasPublishedVersion);

public sealed record ReviewPage(
    ContentItem Item,
    string TypeName,
    string EditUrl,
    ContentVersion Latest,
    ContentVersion? Published,
    IReadOnlyList<DiffLine> Diff,
    IReadOnlyList<ReviewEntry> History)
{
    public bool IsPending => Item.Status == ContentStatus.PendingReview;
}

/// <summary>What the reviewer typed, kept when the page is shown again with an error.</summary>
public sealed record ReviewForm(string? Comment = null, DateTime? PublishAt = null, string? Error = null);

namespace Portal.Ledger.ViewModels;

/// <summary>A news article linked to a task; only published ones are shown to the public.</summary>
public sealed record NewsLink(long ContentItemId, string Slug, string Title, bool IsPublished);

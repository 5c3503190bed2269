namespace Portal.Feeds.Services;

/// <summary>One entry of a feed; <see cref="Path"/> is relative to the site.</summary>
public sealed record FeedItem(string Title, string Path, DateTime PublishedAt, string DescriptionHtml, string Category);

/// <summary>A feed's channel: its title and description, its own path and the page it stands for.</summary>
public sealed record FeedChannel(string Title, string Description, string FeedPath, string PagePath, IReadOnlyList<FeedItem> Items);

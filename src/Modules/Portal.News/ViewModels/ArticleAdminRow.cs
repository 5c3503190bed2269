using Portal.Contents.Models;

namespace Portal.News.ViewModels;

public sealed record ArticleAdminRow(long Id, string ContentType, string Title, string ColumnName, string OwnerName, ContentStatus Status,
    bool HasPublishedVersion, DateTime ModifiedAt, DateTime? PublishedAt, DateTime? ScheduledPublishAt, DateTime? DeletedAt, string Slug);

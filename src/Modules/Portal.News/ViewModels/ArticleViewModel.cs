using Portal.News.Models;

namespace Portal.News.ViewModels;

public sealed record ArticleViewModel(
    long ItemId,
    string Title,
    string BodyHtml,
    string? Source,
    DateTime? PublishedAt,
    long ViewCount,
    IReadOnlyList<Column> Path,
    ArticleListItem? Previous,
    ArticleListItem? Next,
    bool IsPreview);

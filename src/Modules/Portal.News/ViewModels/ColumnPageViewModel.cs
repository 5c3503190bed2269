using Portal.News.Models;

namespace Portal.News.ViewModels;

public sealed record ColumnPageViewModel(
    Column Column,
    IReadOnlyList<Column> Path,
    IReadOnlyList<Column> Children,
    IReadOnlyList<ArticleListItem> Items,
    int Page,
    int PageCount);

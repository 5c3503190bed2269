using Portal.News.Models;

namespace Portal.News.ViewModels;

public sealed record HomeViewModel(IReadOnlyList<ArticleListItem> Featured, IReadOnlyList<ColumnBox> Columns);

public sealed record ColumnBox(Column Column, IReadOnlyList<ArticleListItem> Items);

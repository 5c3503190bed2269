using Portal.Contents.Models;
using Portal.News.Models;

namespace Portal.News.ViewModels;

public sealed record ArticleAdminFilter(int? ColumnId, ContentStatus? Status, string? Owner, string? Title, bool Trash, int Page = 1);

public sealed record ArticleAdminList(ArticleAdminFilter Filter, IReadOnlyList<ArticleAdminRow> Rows, int PageCount,
    IReadOnlyList<(Column Column, int Depth)> Columns);

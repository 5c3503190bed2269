namespace Portal.News.Models;

/// <summary>
/// One row per article or report, kept by <c>ArticleIndexHandler</c> in the same save as the content:
/// the latest version's column for the admin list, the published one's for the public pages.
/// </summary>
public sealed class ArticleIndex
{
    public long ContentItemId { get; set; }

    public string ContentType { get; set; } = "";

    public int ColumnId { get; set; }

    public string Title { get; set; } = "";

    public int? PublishedColumnId { get; set; }

    public string? PublishedTitle { get; set; }

    public DateTime? PublishedAt { get; set; }

    public bool Featured { get; set; }

    public string Slug { get; set; } = "";
}

using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.News.Models;
using Portal.Search;
using Portal.Search.Rules;

namespace Portal.News.Services;

/// <summary>Articles and summary reports in the site search, under the path of their column.</summary>
internal sealed class ArticleSearchSource(ContentManager contents, ColumnTree columns) : ContentSearchSource(contents)
{
    public override IReadOnlyCollection<string> Kinds { get; } = [.. ArticleTypes.DisplayNames.Keys];

    protected override async Task<SearchDocument?> DescribeAsync(ContentItem item, ContentVersion published, CancellationToken cancellationToken)
    {
        var fields = ArticleFields.FromJson(published.Fields);
        var path = await columns.PathAsync(fields.ColumnId);
        var text = SearchText.FromHtml(published.BodyHtml);
        return new SearchDocument(item.ContentType, item.Id.ToString(), ArticleTypes.DisplayNames[item.ContentType], published.Title,
            string.IsNullOrWhiteSpace(published.Summary) ? text : published.Summary + "\n" + text,
            $"/news/{item.Slug}", item.PublishedAt, [.. path.Select(c => c.Name)]);
    }
}

using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Contests.Models;
using Portal.Search;
using Portal.Search.Rules;

namespace Portal.Contests.Search;

/// <summary>Published contest notices in the site search: the title, the theme and the rules.</summary>
internal sealed class ContestSearchSource(ContentManager contents) : ContentSearchSource(contents)
{
    public const string TypeName = "征文活动";

    public override IReadOnlyCollection<string> Kinds { get; } = [ContestTypes.Contest];

    protected override Task<SearchDocument?> DescribeAsync(ContentItem item, ContentVersion published, CancellationToken cancellationToken)
    {
        var text = SearchText.FromHtml(published.BodyHtml);
        return Task.FromResult<SearchDocument?>(new SearchDocument(item.ContentType, item.Id.ToString(), TypeName, published.Title,
            string.IsNullOrWhiteSpace(published.Summary) ? text : published.Summary + "\n" + text, $"/contests/{item.Slug}", item.PublishedAt, [TypeName]));
    }
}

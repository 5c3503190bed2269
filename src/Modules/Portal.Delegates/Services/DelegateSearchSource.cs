using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Delegates.Models;
using Portal.Search;
using Portal.Search.Rules;

namespace Portal.Delegates.Services;

/// <summary>
/// Published delegate profiles in the site search: the name, the public fields and the biography. Only
/// <see cref="DelegateFields"/> is read, so nothing of <see cref="DelegatePrivateInfo"/> can reach the index.
/// </summary>
internal sealed class DelegateSearchSource(ContentManager contents) : ContentSearchSource(contents)
{
    public const string TypeName = "代表风采";

    public const string Category = "代表名录";

    public override IReadOnlyCollection<string> Kinds { get; } = [DelegateTypes.Profile];

    protected override Task<SearchDocument?> DescribeAsync(ContentItem item, ContentVersion published, CancellationToken cancellationToken)
    {
        var fields = DelegateFields.FromJson(published.Fields);
        var mandate = fields.CurrentMandate is { } current ? $"{current.Level.ToChinese()}人大代表 {current.Congress} {current.Delegation}" : null;
        var heading = string.Join(" ", new[] { mandate, fields.Occupation, fields.Unit, fields.SpecialCommittee }.Where(part => !string.IsNullOrWhiteSpace(part)));
        var text = SearchText.FromHtml(published.BodyHtml);
        return Task.FromResult<SearchDocument?>(new SearchDocument(item.ContentType, item.Id.ToString(), TypeName, published.Title,
            heading.Length == 0 ? text : heading + "\n" + text, $"/delegates/{item.Slug}", item.PublishedAt, [Category]));
    }
}

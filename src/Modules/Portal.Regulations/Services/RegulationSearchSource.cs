using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Hosting;
using Portal.Regulations.Models;
using Portal.Search;
using Portal.Search.Rules;

namespace Portal.Regulations.Services;

/// <summary>Documents in the site search, as their kind (规范性文件, 工作制度...), in the column 规章制度.</summary>
internal sealed class RegulationSearchSource(ContentManager contents) : ContentSearchSource(contents)
{
    public const string Category = "规章制度";

    public override IReadOnlyCollection<string> Kinds { get; } = [RegulationTypes.Regulation];

    protected override Task<SearchDocument?> DescribeAsync(ContentItem item, ContentVersion published, CancellationToken cancellationToken)
    {
        var fields = RegulationFields.FromJson(published.Fields);
        var heading = string.Join(" ", new[] { fields.DocumentNumber, fields.IssuingBody }.OfType<string>());
        var text = SearchText.FromHtml(published.BodyHtml);
        var date = fields.ListedOn is { } day ? ChinaTime.FromChinaTime(day.ToDateTime(TimeOnly.MinValue)) : item.PublishedAt;
        return Task.FromResult<SearchDocument?>(new SearchDocument(item.ContentType, item.Id.ToString(), fields.Kind.DisplayName(), published.Title,
            heading.Length == 0 ? text : heading + "\n" + text, $"/regulations/{item.Slug}", date, [Category]));
    }
}

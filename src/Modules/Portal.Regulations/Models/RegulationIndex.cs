namespace Portal.Regulations.Models;

/// <summary>
/// One row per document, kept by <c>RegulationIndexHandler</c> in the same save as the content: the latest title for
/// the admin list, the published version's fields for the public library (null title while the public cannot read it).
/// </summary>
public sealed class RegulationIndex
{
    public long ContentItemId { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public RegulationKind Kind { get; set; }

    public string? PublishedTitle { get; set; }

    public string? DocumentNumber { get; set; }

    public string? IssuingBody { get; set; }

    public DateOnly? AdoptedOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public Validity Validity { get; set; }

    public bool IsNew { get; set; }

    public int SortOrder { get; set; }

    public bool IsVisible => PublishedTitle is not null;
}

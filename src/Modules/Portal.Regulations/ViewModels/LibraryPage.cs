using Portal.Regulations.Models;

namespace Portal.Regulations.ViewModels;

/// <summary>The library's filters as the reader chose them; unknown values are simply not applied.</summary>
public sealed record LibraryFilter(RegulationKind? Kind, string? IssuingBody, int? Year, Validity? Validity);

/// <summary>One document in a list, with the validity readers see.</summary>
public sealed record RegulationListItem(long Id, string Slug, string Title, RegulationKind Kind, string? DocumentNumber, string? IssuingBody,
    DateOnly? ListedOn, Validity Validity, bool IsNew);

public sealed record LibraryPage(
    LibraryFilter Filter,
    IReadOnlyList<RegulationListItem> Items,
    IReadOnlyList<string> IssuingBodies,
    IReadOnlyList<int> Years,
    IReadOnlyDictionary<RegulationKind, int> InForceCounts);

using Portal.Regulations.Models;

namespace Portal.Regulations.ViewModels;

/// <summary>One step of a document's history: a document of its amendment chain and what it did.</summary>
public sealed record HistoryEntry(RegulationListItem Document, string Action, bool IsCurrent);

public sealed record RegulationPage(
    RegulationListItem Document,
    RegulationFields Fields,
    string BodyHtml,
    IReadOnlyList<HistoryEntry> History);

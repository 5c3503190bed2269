namespace Portal.Regulations.ViewModels;

public sealed record DutiesPage(IReadOnlyList<RegulationListItem> Committees, IReadOnlyList<RegulationListItem> Sections);

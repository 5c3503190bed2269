using Portal.Contents.Models;
using Portal.Regulations.Models;

namespace Portal.Regulations.ViewModels;

public sealed record RegulationAdminRow(long Id, string Title, RegulationKind Kind, string? DocumentNumber, ContentStatus Status, bool HasPublishedVersion, DateTime ModifiedAt, string Slug);

public sealed record RegulationAdminList(RegulationKind? Kind, string? Title, IReadOnlyList<RegulationAdminRow> Rows);

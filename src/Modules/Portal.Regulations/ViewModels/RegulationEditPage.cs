using Portal.Contents.Models;
using Portal.Regulations.Models;

namespace Portal.Regulations.ViewModels;

public sealed record RegulationChoice(long Id, string Title, RegulationKind Kind);

public sealed record RegulationEditPage(
    RegulationEditModel Form,
    ContentItem? Item,
    IReadOnlyList<RegulationAttachment> Attachments,
    IReadOnlyList<RegulationChoice> Others,
    string UploadHelp,
    ContentVersion? ConflictingVersion = null);

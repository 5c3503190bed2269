using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Core.Files;

namespace Portal.Regulations.Models;

/// <summary>A later document's effect on an earlier one, by the earlier one's content item id.</summary>
public sealed record RegulationChange(long TargetId, ChangeKind Kind);

/// <summary>An original (PDF or Word) kept in the file store; <see cref="Name"/> is the download name.</summary>
public sealed record RegulationAttachment(string Key, FileKind Kind, string Name, long Length);

/// <summary>The document's own fields, versioned with its text in <c>ContentVersion.Fields</c>.</summary>
public sealed record RegulationFields(
    RegulationKind Kind,
    string? DocumentNumber,
    string? IssuingBody,
    DateOnly? AdoptedOn,
    DateOnly? PublishedOn,
    DateOnly? EffectiveOn,
    Validity Validity,
    bool IsNew,
    int SortOrder,
    IReadOnlyList<RegulationChange> Changes,
    IReadOnlyList<RegulationAttachment> Attachments)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RegulationFields FromJson(string json) =>
        JsonSerializer.Deserialize<RegulationFields>(json, Json) is { } fields
            ? fields with { Changes = fields.Changes ?? [], Attachments = fields.Attachments ?? [] }
            : Empty;

    public static readonly RegulationFields Empty = new(RegulationKind.NormativeDocument, null, null, null, null, null, Validity.InForce, false, 0, [], []);

    /// <summary>The date a document is listed and filed under: publication, else adoption, else taking effect.</summary>
    public DateOnly? ListedOn => PublishedOn ?? AdoptedOn ?? EffectiveOn;
}

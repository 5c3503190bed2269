using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Delegates.Rules;

namespace Portal.Delegates.Models;

/// <summary>
/// A profile's public fields, versioned with the biography in <c>ContentVersion.Fields</c>.
/// Private fields never belong here: they live in <see cref="DelegatePrivateInfo"/>.
/// </summary>
public sealed record DelegateFields(
    string? Occupation,
    string? Unit,
    CommitteeRole CommitteeRole,
    string? SpecialCommittee,
    string? ContactStation,
    string? ReceptionDays,
    Guid? PhotoId,
    IReadOnlyList<Mandate> Mandates)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static readonly DelegateFields Empty = new(null, null, CommitteeRole.None, null, null, null, null, []);

    public Mandate? CurrentMandate => MandateRules.Current(Mandates);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Fields saved without a list of mandates (an item created outside the profile form) read as having none.</summary>
    public static DelegateFields FromJson(string json) =>
        JsonSerializer.Deserialize<DelegateFields>(json, Json) is { } fields ? fields with { Mandates = fields.Mandates ?? [] } : Empty;
}

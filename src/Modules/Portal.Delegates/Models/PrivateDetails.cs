namespace Portal.Delegates.Models;

/// <summary>The private fields as a form carries them.</summary>
public sealed record PrivateDetails(string? Phone, string? IdNumber, string? HomeAddress)
{
    public static readonly PrivateDetails None = new(null, null, null);

    public PrivateDetails Normalized() => new(Clean(Phone), Clean(IdNumber)?.ToUpperInvariant(), Clean(HomeAddress));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using Portal.Contests.Models;

namespace Portal.Contests.Rules;

/// <summary>Receipt numbers: ZW (征文) or JD (金点子), the contest's year, and the entry's number, e.g. ZW2026-000123.</summary>
public static class ReceiptNumbers
{
    public static string Format(TrackKind kind, int year, long entryId) =>
        $"{(kind == TrackKind.Essay ? "ZW" : "JD")}{year}-{entryId:000000}";
}

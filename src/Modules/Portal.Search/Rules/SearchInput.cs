using System.Globalization;
using Portal.Core.Data;

namespace Portal.Search.Rules;

/// <summary>What a reader typed, made safe to search with; every correction carries a message for the reader.</summary>
public static class SearchInput
{
    public const int MaxQueryLength = 100;
    public const int MaxPage = 100;

    public static (string Query, string? Notice) Query(string? raw)
    {
        var query = (raw ?? "").Trim();
        return query.Length > MaxQueryLength
            ? (query.Clip(MaxQueryLength).Trim(), $"搜索词过长，只按前 {MaxQueryLength} 个字搜索。")
            : (query, null);
    }

    public static int Page(string? raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? Math.Min(page, MaxPage) : 1;

    /// <summary>A date typed as yyyy-MM-dd; anything else is ignored with a message.</summary>
    public static (DateOnly? Date, string? Notice) Date(string? raw, string label)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (null, null);
        }

        return DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, $"{label}“{Shown(raw.Trim())}”不是有效的日期（格式如 2012-01-31），已忽略。");
    }

    private static string Shown(string value) => value.Length > 20 ? value.Clip(20) + "…" : value;
}

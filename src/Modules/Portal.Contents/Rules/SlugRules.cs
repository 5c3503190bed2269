using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Contents.Rules;

/// <summary>
/// Routes are lower-case ASCII words joined by hyphens. A title with too few Latin letters (every Chinese
/// title, also one that only starts with a year) yields the type and date instead, so a route is never
/// empty or a bare number; collisions get a number.
/// </summary>
public static partial class SlugRules
{
    public const int MaxLength = 80;
    private const int MinimumLettersFromTitle = 3;

    public static string FromTitle(string title, string contentType, DateTime date)
    {
        // Only letters, digits and accents can become part of a route; everything else is a separator anyway, and
        // leaving it out before decomposing keeps Normalize from refusing the title (it throws on a lone surrogate or a
        // noncharacter such as U+FFFE, which a pasted or hostile title may hold).
        var letters = string.Concat(title.Select(c =>
            char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? c : '-'));
        var builder = new StringBuilder();
        foreach (var c in letters.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is >= 'a' and <= 'z' or >= '0' and <= '9' ? lower : '-');
        }

        var slug = Hyphens().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > MaxLength - 12)
        {
            slug = slug[..(MaxLength - 12)].TrimEnd('-');
        }

        return slug.Count(char.IsAsciiLetter) >= MinimumLettersFromTitle
            ? slug
            : $"{contentType.ToLowerInvariant()}-{date:yyyyMMdd}";
    }

    /// <summary>The first of <paramref name="baseSlug"/>, <c>-2</c>, <c>-3</c>… that is not taken.</summary>
    public static string MakeUnique(string baseSlug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(baseSlug))
        {
            return baseSlug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{baseSlug}-{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Checks a route an editor typed; returns a Chinese message, or null when it is valid.</summary>
    public static string? Validate(string slug)
    {
        if (slug.Length > MaxLength)
        {
            return $"网址标识不能超过 {MaxLength} 个字符。";
        }

        return Valid().IsMatch(slug) ? null : "网址标识只能使用小写字母、数字和连字符（-），且不能以连字符开头或结尾。";
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Valid();
}

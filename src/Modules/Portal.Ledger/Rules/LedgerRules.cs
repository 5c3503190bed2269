using Portal.Contents.Rules;

namespace Portal.Ledger.Rules;

/// <summary>What a ledger and its areas must satisfy: a title, a unique route, unique area names.</summary>
public static class LedgerRules
{
    public const int TitleMaxLength = 200;
    public const int AreaNameMaxLength = 50;

    public static IEnumerable<(string Field, string Message)> ValidateLedger(string? title, string slug, bool slugTaken)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield return ("Title", "请填写台账名称。");
        }
        else if (title.Trim().Length > TitleMaxLength)
        {
            yield return ("Title", $"台账名称不能超过 {TitleMaxLength} 个字。");
        }

        if (SlugRules.Validate(slug) is { } slugError)
        {
            yield return ("Slug", slugError);
        }
        else if (slugTaken)
        {
            yield return ("Slug", $"网址标识 “{slug}” 已被其他台账使用。");
        }
    }

    public static string? ValidateArea(string? name, IEnumerable<string> otherNames)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "请填写方面名称。";
        }

        if (name.Trim().Length > AreaNameMaxLength)
        {
            return $"方面名称不能超过 {AreaNameMaxLength} 个字。";
        }

        return otherNames.Contains(name.Trim()) ? $"本台账已有名为“{name.Trim()}”的方面。" : null;
    }
}

using Portal.Contents.Rules;

namespace Portal.Delegates.Rules;

/// <summary>What a liaison point must satisfy before it is saved.</summary>
public static class LiaisonPointRules
{
    public const int NameMaxLength = 100;
    public const int LocationMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;

    public static IReadOnlyList<(string Field, string Message)> Validate(string? name, string? slug, bool slugTaken, string? location, string? description)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(("Name", "请填写联系点名称。"));
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            errors.Add(("Name", $"名称不能超过 {NameMaxLength} 个字。"));
        }

        if (string.IsNullOrWhiteSpace(slug))
        {
            errors.Add(("Slug", "请填写网址标识，如 shili-qiye-jia。"));
        }
        else if (SlugRules.Validate(slug) is { } slugError)
        {
            errors.Add(("Slug", slugError));
        }
        else if (slugTaken)
        {
            errors.Add(("Slug", $"网址标识“{slug}”已被其他联系点使用。"));
        }

        if (location?.Length > LocationMaxLength)
        {
            errors.Add(("Location", $"地点不能超过 {LocationMaxLength} 个字。"));
        }

        if (description?.Length > DescriptionMaxLength)
        {
            errors.Add(("Description", $"简介不能超过 {DescriptionMaxLength} 个字。"));
        }

        foreach (var kind in PrivacyRules.PersonalDataIn(description).Concat(PrivacyRules.PersonalDataIn(location)).Distinct())
        {
            errors.Add(("Description", $"联系点信息会在网站上公开，不能包含{kind}。"));
        }

        return errors;
    }
}

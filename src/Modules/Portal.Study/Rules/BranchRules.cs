namespace Portal.Study.Rules;

/// <summary>What a branch must have: a name, short enough for the sign-in sheets.</summary>
public static class BranchRules
{
    public const int NameMaxLength = 50;

    public static IReadOnlyList<string> Validate(string? name) =>
        string.IsNullOrWhiteSpace(name) ? ["请填写支部名称。"]
        : name.Trim().Length > NameMaxLength ? [$"支部名称不能超过 {NameMaxLength} 个字。"]
        : [];
}

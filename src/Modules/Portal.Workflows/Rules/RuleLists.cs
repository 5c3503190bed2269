namespace Portal.Workflows.Rules;

/// <summary>The role and user names of a rule, kept comma-separated; people also type 、 or ；.</summary>
public static class RuleLists
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' '];

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    public static string Join(IEnumerable<string> names) => string.Join(",", names);
}

namespace Portal.Workflows.Rules;

/// <summary>The Chinese name of each content type and the admin page where its items are edited.</summary>
public static class ContentTypeDirectory
{
    private static readonly Dictionary<string, (string Name, string? EditPath)> Types = new()
    {
        ["Article"] = ("文章", "/admin/news/{0}/edit"),
        ["SummaryReport"] = ("总结报告", "/admin/news/{0}/edit"),
        ["Regulation"] = ("规章制度", "/admin/regulations/{0}/edit"),
        ["DelegateProfile"] = ("代表资料", "/admin/delegates/{0}/edit"),
        // Contests are edited by contest, not by notice: their notices are reviewed on the review page.
        ["Contest"] = ("征文活动", null),
    };

    public static IEnumerable<(string Type, string Name)> All => Types.Select(t => (t.Key, t.Value.Name));

    public static string NameOf(string contentType) => Types.TryGetValue(contentType, out var type) ? type.Name : contentType;

    /// <summary>The review page stands in for types edited elsewhere or not known.</summary>
    public static string EditUrl(string contentType, long id) =>
        Types.TryGetValue(contentType, out var type) && type.EditPath is { } path ? string.Format(path, id) : $"/admin/review/{id}";
}

namespace Portal.Workflows.Rules;

/// <summary>
/// The failures of a job's items are kept under the job's title and the item's key, e.g. “定时发布 · 内容 12”; those of a
/// whole run under the job's title alone.
/// </summary>
public static class JobItemNames
{
    public const string Separator = " · ";

    public static string Of(string job, string itemKey) => job + Separator + itemKey;

    public static string Prefix(string job) => job + Separator;

    /// <summary>The job a failure belongs to, whether of an item or of a whole run.</summary>
    public static string JobOf(string name) => name.Split(Separator, 2)[0];
}

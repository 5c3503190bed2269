namespace ContestLoad;

/// <summary>Command-line settings: --base, --delegates, --concurrency, --attachment-kb, --admin, --admin-password.</summary>
internal sealed record LoadOptions(Uri BaseUri, int Delegates, int Concurrency, int AttachmentBytes, string AdminUser, string AdminPassword)
{
    public string ContestSlug => "2026-daibiao-jianyan-zhengwen";

    public string ContestTitleStart => "2026年";

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        return new LoadOptions(
            new Uri(Get("base", "http://127.0.0.1:5093")),
            int.Parse(Get("delegates", "300")),
            int.Parse(Get("concurrency", "24")),
            int.Parse(Get("attachment-kb", "1024")) * 1024,
            Get("admin", "admin"),
            Get("admin-password", "admin2012"));
    }
}

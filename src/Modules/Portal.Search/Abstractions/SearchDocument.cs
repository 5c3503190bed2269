namespace Portal.Search;

/// <summary>
/// What the public can find about one item: a module's <see cref="ISearchDocumentSource"/> makes it from its own data.
/// <paramref name="Kind"/> and <paramref name="Key"/> name the item as the search queue does (a content type and the
/// content item's id, or a record name and the record's id).
/// </summary>
/// <param name="TypeName">The kind of item as readers call it, in Chinese (文章, 规范性文件...); also the type filter.</param>
/// <param name="Url">The item's public page, relative to the site (/news/...).</param>
/// <param name="Categories">Where it sits, outermost first (自身建设, 机关建设); each one is a column filter value.</param>
/// <param name="IsPublic">False removes the item from the index: a private or withdrawn record.</param>
/// <param name="Weight">How strongly a match counts against other kinds: below 1 for records that only mention what
/// pages are about (a ledger task named after a regulation ranks after the regulation).</param>
public sealed record SearchDocument(
    string Kind,
    string Key,
    string TypeName,
    string Title,
    string Text,
    string Url,
    DateTime? Date,
    IReadOnlyList<string> Categories,
    bool IsPublic = true,
    float Weight = 1f)
{
    public string Id => IdOf(Kind, Key);

    public static string IdOf(string kind, string key) => $"{kind}:{key}";
}

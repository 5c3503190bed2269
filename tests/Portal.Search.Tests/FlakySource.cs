using System.Runtime.CompilerServices;

namespace Portal.Search.Tests;

/// <summary>
/// A module's record source with the faults a module's bug can have: reading a broken item throws (as a query EF
/// cannot translate does), a broken item's listed document is one the index refuses, and the listing can break off.
/// One instance per test, registered as the node's source for <see cref="Kind"/>.
/// </summary>
internal sealed class FlakySource : ISearchDocumentSource
{
    public const string Kind = "FlakyRecord";

    public Dictionary<string, string> Titles { get; } = [];

    public HashSet<string> Broken { get; } = [];

    /// <summary>When set, listing the items throws after this many documents.</summary>
    public int? ListingBreaksAfter { get; set; }

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public static string Url(string key) => $"/flaky/{key}";

    public Task<SearchDocument?> LoadAsync(string kind, string key, CancellationToken cancellationToken) =>
        Broken.Contains(key)
            ? throw new InvalidOperationException($"条目 {key} 无法读取。")
            : Task.FromResult(Titles.TryGetValue(key, out var title) ? Document(key, title) : null);

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listed = 0;
        foreach (var (key, title) in Titles.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (listed++ == ListingBreaksAfter)
            {
                throw new InvalidOperationException("列表读取中断。");
            }

            yield return Broken.Contains(key) ? Document(key, null!) : Document(key, title);
        }

        await Task.CompletedTask;
    }

    private static SearchDocument Document(string key, string title) =>
        new(Kind, key, "测试条目", title, title + "的说明。", Url(key), null, ["测试"]);
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Portal.Search.Tests;

/// <summary>
/// A module's plain records joining the search the way a later module would: an <see cref="ISearchDocumentSource"/>
/// for its kind, and <see cref="SearchQueue.Enqueue"/> whenever a record changes.
/// </summary>
internal sealed class TestRecordSource : ISearchDocumentSource
{
    public const string Kind = "TestRecord";

    public static readonly ConcurrentDictionary<string, (string Title, bool IsPublic)> Records = new();

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public Task<SearchDocument?> LoadAsync(string kind, string key, CancellationToken cancellationToken) =>
        Task.FromResult(Records.TryGetValue(key, out var record) ? Document(key, record) : null);

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (key, record) in Records)
        {
            yield return Document(key, record);
        }

        await Task.CompletedTask;
    }

    private static SearchDocument Document(string key, (string Title, bool IsPublic) record) =>
        new(Kind, key, "工作任务", record.Title, record.Title + "的进展情况。", $"/ledger/tasks/{key}", null, ["工作台账"], record.IsPublic);
}

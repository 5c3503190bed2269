using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Search.Models;
using Portal.Search.Rules;

namespace Portal.Search.Services;

/// <summary>
/// Applies the search queue to this node's index: each entry is looked up again through its module's source and
/// the document replaced or removed. A rebuild entry, or an index that was never built, reloads everything from the
/// database. One pass at a time per node; any number of nodes read the same queue, each for its own index.
/// Items are applied one by one: an item whose source throws is recorded (<see cref="SearchIndexFailure"/>) and tried
/// again later, and the entries after it are applied as usual.
/// </summary>
public sealed class SearchIndexer(
    SearchIndex index,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<SearchIndexer> logger)
{
    private const int Batch = 200;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private QueueProgress? _progress;

    public DateTime? LastRebuiltAt { get; private set; }

    /// <summary>Applies everything enqueued so far and tries again the failed items that are due; returns how many entries were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchQueueEntry>().AsNoTracking();
            var sources = Sources(scope.ServiceProvider);

            // The failures are kept in a context of their own, which no source can leave changes in.
            await using var records = scopes.CreateAsyncScope();
            var failures = await IndexFailureLog.LoadAsync(records.ServiceProvider.GetRequiredService<PortalDbContext>(), index.NodeId, clock, logger, cancellationToken);
            if (index.Mark is null)
            {
                await RebuildAsync(queue, failures, cancellationToken);
            }

            var applied = await ApplyQueueAsync(queue, sources, failures, cancellationToken);
            await RetryDueAsync(sources, failures, cancellationToken);
            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>How many queue entries this node has not applied yet.</summary>
    public async Task<int> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var cursor = _progress?.Cursor ?? index.Mark ?? 0;
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchQueueEntry>().CountAsync(e => e.Id > cursor, cancellationToken);
    }

    private async Task<int> ApplyQueueAsync(
        IQueryable<SearchQueueEntry> queue, Dictionary<string, ISearchDocumentSource> sources, IndexFailureLog failures, CancellationToken cancellationToken)
    {
        var progress = _progress ??= new QueueProgress(index.Mark!.Value);
        var applied = 0;
        while (true)
        {
            var entries = await queue.Where(e => e.Id > progress.Cursor).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
            if (entries.LastOrDefault(e => e.Kind == SearchQueueEntry.RebuildKind) is { } rebuild)
            {
                await RebuildAsync(queue, failures, cancellationToken, upTo: rebuild.Id);
                progress = _progress!;
                applied += entries.Count(e => e.Id <= rebuild.Id);
                entries.RemoveAll(e => e.Id <= rebuild.Id);
            }

            var window = await queue.Where(e => e.Id > progress.Mark).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.EnqueuedAt }).ToListAsync(cancellationToken);
            var missing = progress.Missing(window.Select(e => e.Id));
            if (missing.Count > 0)
            {
                entries.AddRange(await queue.Where(e => missing.Contains(e.Id)).ToListAsync(cancellationToken));
            }

            foreach (var entry in entries.DistinctBy(e => (e.Kind, e.Key)))
            {
                await ApplyAsync(sources, entry.Kind, entry.Key, failures, cancellationToken);
            }

            // The failures are stored before the cursor goes past their entries, and before the index commits.
            await failures.SaveAsync(cancellationToken);
            foreach (var entry in entries)
            {
                progress.Applied(entry.Id);
            }

            applied += entries.Count;
            var settled = progress.Settle(window.Select(e => (e.Id, e.EnqueuedAt)), clock.GetUtcNow().UtcDateTime - options.Value.SettleWindow);
            if (entries.Count > 0 || settled)
            {
                index.Commit(progress.Mark);
            }

            if (entries.Count < Batch)
            {
                return applied;
            }
        }
    }

    private async Task RetryDueAsync(Dictionary<string, ISearchDocumentSource> sources, IndexFailureLog failures, CancellationToken cancellationToken)
    {
        var due = failures.Due();
        if (due.Count == 0)
        {
            return;
        }

        foreach (var (kind, key) in due)
        {
            if (key != SearchIndexFailure.EveryItem)
            {
                await ApplyAsync(sources, kind, key, failures, cancellationToken);
            }
            else if (sources.TryGetValue(kind, out var source))
            {
                await IndexAllAsync(source, kind, failures, cancellationToken);
            }
            else
            {
                failures.Succeeded(kind, key);
            }
        }

        await failures.SaveAsync(cancellationToken);
        index.Commit(_progress!.Mark);
    }

    /// <summary>Reads one item afresh and replaces or removes its document. If its source throws, the document stays as it was and the failure is recorded.</summary>
    private async Task ApplyAsync(
        Dictionary<string, ISearchDocumentSource> sources, string kind, string key, IndexFailureLog failures, CancellationToken cancellationToken)
    {
        try
        {
            var document = sources.TryGetValue(kind, out var source)
                ? await source.LoadAsync(kind, key, cancellationToken)
                : null;
            if (document is { IsPublic: true })
            {
                index.Upsert(document);
            }
            else
            {
                index.Delete(SearchDocument.IdOf(kind, key));
            }

            failures.Succeeded(kind, key);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            failures.Failed(kind, key, exception);
        }
    }

    /// <summary>
    /// Puts every public item of one source (or of one of its kinds) into the index; returns how many. A document the
    /// index refuses is recorded and the rest go on. A source that breaks off its listing is recorded for its kinds as a
    /// whole, since only listing them again brings back what it did not list.
    /// </summary>
    private async Task<int> IndexAllAsync(ISearchDocumentSource source, string? onlyKind, IndexFailureLog failures, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> kinds = onlyKind is null ? source.Kinds : [onlyKind];
        var count = 0;
        try
        {
            await foreach (var document in source.LoadAllAsync(cancellationToken))
            {
                if (!document.IsPublic || (onlyKind is not null && document.Kind != onlyKind))
                {
                    continue;
                }

                try
                {
                    index.Upsert(document);
                    count++;
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    failures.Failed(document.Kind, document.Key, exception);
                }
            }

            foreach (var kind in kinds)
            {
                failures.Succeeded(kind, SearchIndexFailure.EveryItem);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            foreach (var kind in kinds)
            {
                failures.Failed(kind, SearchIndexFailure.EveryItem, exception);
            }
        }

        return count;
    }

    /// <summary>
    /// Replaces the whole index with what the database holds now. Entries visible at the start count as applied;
    /// the mark stays where it was, so entries that commit late are still picked up. What fails is recorded anew.
    /// </summary>
    private async Task RebuildAsync(IQueryable<SearchQueueEntry> queue, IndexFailureLog failures, CancellationToken cancellationToken, long? upTo = null)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var last = upTo ?? await queue.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var mark = index.Mark ?? 0;
        var visible = await queue.Where(e => e.Id > mark && e.Id <= last).Select(e => e.Id).ToListAsync(cancellationToken);

        await failures.ClearAsync(cancellationToken);
        index.DeleteAll();
        var count = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var source in Sources(scope.ServiceProvider).Values.Distinct())
            {
                count += await IndexAllAsync(source, onlyKind: null, failures, cancellationToken);
            }
        }

        await failures.SaveAsync(cancellationToken);
        index.Commit(mark);
        _progress = new QueueProgress(mark);
        _progress.Rebuilt(visible, last);
        LastRebuiltAt = started;
        logger.LogInformation("Search index rebuilt from the database: {Count} documents.", count);
    }

    private static Dictionary<string, ISearchDocumentSource> Sources(IServiceProvider services)
    {
        var byKind = new Dictionary<string, ISearchDocumentSource>(StringComparer.Ordinal);
        foreach (var source in services.GetServices<ISearchDocumentSource>())
        {
            foreach (var kind in source.Kinds)
            {
                if (!byKind.TryAdd(kind, source))
                {
                    throw new InvalidOperationException($"搜索来源重复：“{kind}” 同时由 {byKind[kind].GetType().Name} 和 {source.GetType().Name} 提供。");
                }
            }
        }

        return byKind;
    }
}

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

    /// <summary>Applies everything enqueued so far; returns how many entries were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var queue = db.Set<SearchQueueEntry>().AsNoTracking();
            if (index.Mark is null)
            {
                await RebuildAsync(queue, cancellationToken);
            }

            var progress = _progress ??= new QueueProgress(index.Mark!.Value);
            var applied = 0;
            while (true)
            {
                var entries = await queue.Where(e => e.Id > progress.Cursor).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
                if (entries.LastOrDefault(e => e.Kind == SearchQueueEntry.RebuildKind) is { } rebuild)
                {
                    await RebuildAsync(queue, cancellationToken, upTo: rebuild.Id);
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

                await ApplyAsync(scope.ServiceProvider, entries, progress, cancellationToken);
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

    private async Task ApplyAsync(IServiceProvider services, List<SearchQueueEntry> entries, QueueProgress progress, CancellationToken cancellationToken)
    {
        var sources = Sources(services);
        foreach (var entry in entries.DistinctBy(e => (e.Kind, e.Key)))
        {
            var id = SearchDocument.IdOf(entry.Kind, entry.Key);
            var document = sources.TryGetValue(entry.Kind, out var source)
                ? await source.LoadAsync(entry.Kind, entry.Key, cancellationToken)
                : null;
            if (document is { IsPublic: true })
            {
                index.Upsert(document);
            }
            else
            {
                index.Delete(id);
            }
        }

        foreach (var entry in entries)
        {
            progress.Applied(entry.Id);
        }
    }

    /// <summary>
    /// Replaces the whole index with what the database holds now. Entries visible at the start count as applied;
    /// the mark stays where it was, so entries that commit late are still picked up.
    /// </summary>
    private async Task RebuildAsync(IQueryable<SearchQueueEntry> queue, CancellationToken cancellationToken, long? upTo = null)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var last = upTo ?? await queue.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var mark = index.Mark ?? 0;
        var visible = await queue.Where(e => e.Id > mark && e.Id <= last).Select(e => e.Id).ToListAsync(cancellationToken);

        index.DeleteAll();
        var count = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var source in Sources(scope.ServiceProvider).Values.Distinct())
            {
                await foreach (var document in source.LoadAllAsync(cancellationToken))
                {
                    if (document.IsPublic)
                    {
                        index.Upsert(document);
                        count++;
                    }
                }
            }
        }

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

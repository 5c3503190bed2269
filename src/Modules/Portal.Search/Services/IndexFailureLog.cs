using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Search.Models;
using Portal.Search.Rules;

namespace Portal.Search.Services;

/// <summary>
/// This node's failed items during one indexing pass: read once, changed as items fail or succeed, and saved before
/// the index commits, so an entry the cursor went past is never forgotten.
/// </summary>
internal sealed class IndexFailureLog
{
    private readonly PortalDbContext _db;
    private readonly string _node;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Dictionary<(string Kind, string Key), SearchIndexFailure> _records;

    private IndexFailureLog(PortalDbContext db, string node, TimeProvider clock, ILogger logger, Dictionary<(string Kind, string Key), SearchIndexFailure> records)
    {
        _db = db;
        _node = node;
        _clock = clock;
        _logger = logger;
        _records = records;
    }

    public static async Task<IndexFailureLog> LoadAsync(PortalDbContext db, string node, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var records = await db.Set<SearchIndexFailure>().Where(f => f.Node == node).ToListAsync(cancellationToken);
        return new IndexFailureLog(db, node, clock, logger, records.ToDictionary(f => (f.Kind, f.Key)));
    }

    /// <summary>The items whose next attempt is due, in the order they failed.</summary>
    public IReadOnlyList<(string Kind, string Key)> Due()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return [.. _records.Values.Where(f => !f.IsParked && f.NextAttemptAt <= now).OrderBy(f => f.LastAttemptAt).Select(f => (f.Kind, f.Key))];
    }

    public void Succeeded(string kind, string key)
    {
        if (_records.Remove((kind, key), out var record))
        {
            _db.Remove(record);
        }
    }

    public void Failed(string kind, string key, Exception exception)
    {
        if (!_records.TryGetValue((kind, key), out var record))
        {
            record = new SearchIndexFailure { Node = _node, Kind = kind, Key = key };
            _records.Add((kind, key), record);
            _db.Add(record);
        }

        IndexRetryRules.Failed(record, exception, _clock.GetUtcNow().UtcDateTime);
        if (record.IsParked)
        {
            _logger.LogWarning(exception, "Search could not index {Kind} {Key} (attempt {Attempts}); it is parked until an administrator retries it at /admin/search.",
                kind, key, record.Attempts);
        }
        else
        {
            _logger.LogWarning(exception, "Search could not index {Kind} {Key} (attempt {Attempts}); it will be tried again at {NextAttemptAt:u}.",
                kind, key, record.Attempts, record.NextAttemptAt);
        }
    }

    /// <summary>Forgets every failure of this node: a rebuild reads every item afresh and records what fails in it anew.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        foreach (var record in _records.Values)
        {
            _db.Entry(record).State = EntityState.Detached;
        }

        _records.Clear();
        await _db.Set<SearchIndexFailure>().Where(f => f.Node == _node).ExecuteDeleteAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => _db.SaveChangesAsync(cancellationToken);
}

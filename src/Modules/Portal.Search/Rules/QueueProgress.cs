namespace Portal.Search.Rules;

/// <summary>
/// How far one node has applied the search queue. <see cref="Mark"/> is stored in the node's own index with every
/// commit: every entry up to it is applied. Above it, the node remembers in memory which entries it applied, because
/// on PostgreSQL an entry with a lower id can become visible after a higher one (ids are taken before commit). The mark
/// moves past an entry only once it is applied and older than the settle window, when no lower id can still appear.
/// After a restart the entries above the mark are applied again, which is harmless: applying reads the item afresh.
/// </summary>
public sealed class QueueProgress(long mark)
{
    private readonly SortedSet<long> _applied = [];

    public long Mark { get; private set; } = mark;

    /// <summary>The highest entry applied so far; new entries are read above it.</summary>
    public long Cursor { get; private set; } = mark;

    public void Applied(long id)
    {
        if (id > Mark)
        {
            _applied.Add(id);
            Cursor = Math.Max(Cursor, id);
        }
    }

    /// <summary>After a rebuild that read the database when the queue's last entry was <paramref name="upTo"/>.</summary>
    public void Rebuilt(IEnumerable<long> visibleUpTo, long upTo)
    {
        foreach (var id in visibleUpTo)
        {
            Applied(id);
        }

        Cursor = Math.Max(Cursor, upTo);
    }

    /// <summary>Entries above the mark and up to the cursor that were not applied: they became visible late.</summary>
    public IReadOnlyList<long> Missing(IEnumerable<long> idsAboveMark) =>
        idsAboveMark.Where(id => id > Mark && id <= Cursor && !_applied.Contains(id)).ToList();

    /// <summary>
    /// Moves the mark over the applied entries, in id order, that were enqueued at or before <paramref name="settledBefore"/>;
    /// <paramref name="window"/> is every entry above the mark. Returns whether the mark moved.
    /// </summary>
    public bool Settle(IEnumerable<(long Id, DateTime EnqueuedAt)> window, DateTime settledBefore)
    {
        var start = Mark;
        foreach (var (id, enqueuedAt) in window.Where(e => e.Id > Mark).OrderBy(e => e.Id))
        {
            if (!_applied.Contains(id) || enqueuedAt > settledBefore)
            {
                break;
            }

            Mark = id;
        }

        _applied.RemoveWhere(id => id <= Mark);
        return Mark != start;
    }
}

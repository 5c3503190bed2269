using Portal.Core.Data;
using Portal.Search.Models;
using Portal.Search.Services;

namespace Portal.Search;

/// <summary>
/// Tells the search index that an item changed. The entry joins the caller's unit of work, so it is stored by the
/// caller's next SaveChanges, in the same transaction as the change itself: no change is indexed that was rolled
/// back, and none is lost. Content changes are enqueued by the search module itself; modules call this for records.
/// </summary>
public sealed class SearchQueue(PortalDbContext db, SearchQueueSignal signal, TimeProvider clock)
{
    public void Enqueue(string kind, string key)
    {
        db.Add(new SearchQueueEntry { Kind = kind, Key = key, EnqueuedAt = clock.GetUtcNow().UtcDateTime });
        signal.Notify();
    }

    /// <summary>Asks every node to rebuild its index from the database.</summary>
    public void RequestRebuild() => Enqueue(SearchQueueEntry.RebuildKind, "");
}

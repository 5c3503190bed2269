using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Search;

namespace Portal.Ledger.Search;

/// <summary>Queues changed tasks for the search index: one task after its own change, a whole ledger after a change to it or an import.</summary>
public sealed class LedgerSearchFeed(PortalDbContext db, SearchQueue queue)
{
    public async Task QueueTaskAsync(int taskId)
    {
        queue.Enqueue(LedgerTaskSearchSource.Kind, taskId.ToString());
        await db.SaveChangesAsync();
    }

    public async Task QueueLedgerAsync(int ledgerId)
    {
        foreach (var id in await db.Set<LedgerTask>().Where(t => t.LedgerId == ledgerId).Select(t => t.Id).ToListAsync())
        {
            queue.Enqueue(LedgerTaskSearchSource.Kind, id.ToString());
        }

        await db.SaveChangesAsync();
    }
}

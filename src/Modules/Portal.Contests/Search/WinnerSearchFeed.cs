using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Search;

namespace Portal.Contests.Search;

/// <summary>Queues a contest's awarded entries for the search index when their public visibility may have changed.</summary>
public sealed class WinnerSearchFeed(PortalDbContext db, SearchQueue queue)
{
    public async Task QueueAsync(long contestId)
    {
        var ids = await db.Set<ContestEntry>().Where(e => e.ContestId == contestId && e.Award != null).Select(e => e.Id).ToListAsync();
        foreach (var id in ids)
        {
            queue.Enqueue(WinnerSearchSource.Kind, id.ToString());
        }

        await db.SaveChangesAsync();
    }
}

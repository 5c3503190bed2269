using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Queues;
using Portal.Search.Models;

namespace Portal.Search.Services;

/// <summary>The search queue as this node sees it: how far its own index lags behind the queue, and the items it parked.</summary>
internal sealed class SearchQueueMonitor(SearchIndexer indexer, SearchIndex index, IServiceScopeFactory scopes) : IQueueMonitor
{
    public async Task<QueueStatus> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var node = index.NodeId;
        var parked = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchIndexFailure>()
            .CountAsync(f => f.Node == node && f.IsParked, cancellationToken);
        return new QueueStatus("站内搜索索引", await indexer.PendingAsync(cancellationToken), parked, "/admin/search", SearchPermissions.ManageSearch);
    }
}

using Microsoft.AspNetCore.OutputCaching;
using Portal.Contents.Models;
using Portal.Core.Hosting;

namespace Portal.Contents.Handlers;

/// <summary>Anything the public can see changed: drop the cached public pages.</summary>
internal sealed class OutputCacheEvictionHandler(IOutputCacheStore cache) : IContentHandler
{
    public async Task UpdatedAsync(ContentEventContext context)
    {
        if (context.Event is ContentEvent.Published or ContentEvent.Unpublished or ContentEvent.Removed or ContentEvent.Restored)
        {
            await cache.EvictByTagAsync(PortalCaching.PublicContentTag, CancellationToken.None);
        }
    }
}

using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;

namespace Portal.Delegates.Services;

/// <summary>Drops the cached public pages after a change the public can see (an approved record, a link, a liaison point).</summary>
public sealed class PublicPages(IOutputCacheStore cache)
{
    public Task EvictAsync() => cache.EvictByTagAsync(PortalCaching.PublicContentTag, CancellationToken.None).AsTask();
}

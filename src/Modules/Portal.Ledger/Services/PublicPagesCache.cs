using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;

namespace Portal.Ledger.Services;

/// <summary>Drops the cached public pages after any change the public dashboard may show.</summary>
public sealed class PublicPagesCache(IOutputCacheStore store)
{
    public async Task EvictAsync() => await store.EvictByTagAsync(PortalCaching.PublicContentTag, CancellationToken.None);
}

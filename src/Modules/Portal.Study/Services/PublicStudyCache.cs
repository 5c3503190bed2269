using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;

namespace Portal.Study.Services;

/// <summary>Drops the cached public pages after a change the public summary shows (sessions, their forms and topics).</summary>
public sealed class PublicStudyCache(IOutputCacheStore store)
{
    public async Task EvictAsync() => await store.EvictByTagAsync(PortalCaching.PublicContentTag, CancellationToken.None);
}

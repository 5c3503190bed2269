using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Core.Caching;

/// <summary>
/// The output cache in Redis behind <see cref="SharedCacheGuard"/>: when Redis fails a page is a miss and is rendered,
/// a rendered page is simply not kept, and an eviction waits to be replayed instead of failing the change that made it.
/// </summary>
internal sealed class GuardedOutputCacheStore(IOutputCacheStore inner, SharedCacheGuard guard) : IOutputCacheStore, IDisposable
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        (await guard.ReadAsync(async token => await inner.GetAsync(key, token), cancellationToken)).Value;

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await guard.TryWriteAsync(async token => await inner.SetAsync(key, value, tags, validFor, token), cancellationToken);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        await guard.WriteAsync("tag:" + tag, async token => await inner.EvictByTagAsync(tag, token));

    public void Dispose() => (inner as IDisposable)?.Dispose();
}

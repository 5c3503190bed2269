using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;

namespace Portal.Core.Caching;

/// <summary>
/// Keeps small, often-read data (the column tree, role permissions) in this node's memory, and a version stamp of it
/// in the distributed cache (Redis when several nodes run). A change on any node writes a new stamp, so every node
/// reads the data afresh on its next use instead of serving its old copy until it expires. While the distributed
/// cache is unavailable there is no stamp to trust, so the data is read afresh every time (see <see cref="SharedCacheGuard"/>).
/// </summary>
public sealed class SharedMemoryCache(IMemoryCache memory, IDistributedCache distributed, SharedCacheGuard guard)
{
    private static readonly TimeSpan LocalLifetime = TimeSpan.FromMinutes(10);

    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default)
    {
        var (shared, stamp) = await guard.ReadAsync(token => StampAsync(key, token), cancellationToken);
        if (!shared)
        {
            return await load(cancellationToken);
        }

        return (await memory.GetOrCreateAsync($"{key}@{stamp}#{guard.Generation}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = LocalLifetime;
            return await load(cancellationToken);
        }))!;
    }

    /// <summary>
    /// Drops the data on every node; call after the change is saved. Not cancelled with the request: the change is
    /// saved, so its invalidation is written now or, while the cache is down, kept and written when it returns.
    /// </summary>
    public Task InvalidateAsync(string key, CancellationToken cancellationToken = default) =>
        guard.WriteAsync(StampKey(key), token => distributed.SetStringAsync(StampKey(key), NewStamp(), token));

    private async Task<string> StampAsync(string key, CancellationToken cancellationToken)
    {
        var stamp = await distributed.GetStringAsync(StampKey(key), cancellationToken);
        if (stamp is null)
        {
            // No stamp (first use, or the distributed cache lost it): a new one, so that no copy held from before counts.
            stamp = NewStamp();
            await distributed.SetStringAsync(StampKey(key), stamp, cancellationToken);
        }

        return stamp;
    }

    private static string StampKey(string key) => "stamp:" + key;

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}

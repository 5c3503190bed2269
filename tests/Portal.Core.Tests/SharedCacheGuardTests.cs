using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Caching;

namespace Portal.Core.Tests;

/// <summary>A shared cache (Redis) that fails costs readers only the cache, and loses no eviction.</summary>
public sealed class SharedCacheGuardTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly SharedCacheGuard _guard;

    public SharedCacheGuardTests() => _guard = new SharedCacheGuard(_clock, NullLogger<SharedCacheGuard>.Instance);

    [Fact]
    public async Task While_the_cache_is_down_a_page_is_a_miss_and_is_not_kept_and_no_reader_sees_an_exception()
    {
        var redis = new FlakyOutputCache { Down = true };
        var store = new GuardedOutputCacheStore(redis, _guard);

        Assert.Null(await store.GetAsync("page", CancellationToken.None));
        await store.SetAsync("page", [1], ["public-content"], TimeSpan.FromMinutes(10), CancellationToken.None);

        redis.Down = false;
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(await store.GetAsync("page", CancellationToken.None));
    }

    [Fact]
    public async Task After_a_failure_the_cache_is_left_alone_for_a_moment_then_tried_again()
    {
        var redis = new FlakyOutputCache { Down = true };
        var store = new GuardedOutputCacheStore(redis, _guard);
        await store.GetAsync("page", CancellationToken.None);

        await store.GetAsync("page", CancellationToken.None);
        Assert.Equal(1, redis.Calls);

        _clock.Advance(TimeSpan.FromSeconds(3));
        await store.GetAsync("page", CancellationToken.None);
        Assert.Equal(2, redis.Calls);
    }

    [Fact]
    public async Task An_eviction_that_failed_is_replayed_before_the_cache_is_read_again()
    {
        var redis = new FlakyOutputCache();
        var store = new GuardedOutputCacheStore(redis, _guard);
        await store.SetAsync("page", [1], ["public-content"], TimeSpan.FromMinutes(10), CancellationToken.None);

        redis.Down = true;
        await store.EvictByTagAsync("public-content", CancellationToken.None);
        redis.Down = false;
        _clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Null(await store.GetAsync("page", CancellationToken.None));
    }

    [Fact]
    public async Task Shared_data_is_read_afresh_while_the_cache_is_down_and_copies_from_before_the_outage_are_not_trusted_after_it()
    {
        var distributed = new FlakyDistributedCache();
        var cache = new SharedMemoryCache(new MemoryCache(new MemoryCacheOptions()), distributed, _guard);
        var loads = 0;
        Task<int> Load(CancellationToken _) => Task.FromResult(++loads);

        Assert.Equal(1, await cache.GetOrCreateAsync("columns", Load));
        Assert.Equal(1, await cache.GetOrCreateAsync("columns", Load));

        distributed.Down = true;
        Assert.Equal(2, await cache.GetOrCreateAsync("columns", Load));
        Assert.Equal(3, await cache.GetOrCreateAsync("columns", Load));

        distributed.Down = false;
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(4, await cache.GetOrCreateAsync("columns", Load));
        Assert.Equal(4, await cache.GetOrCreateAsync("columns", Load));
    }

    /// <summary>An output-cache store that fails as Redis does when it is stopped.</summary>
    private sealed class FlakyOutputCache : IOutputCacheStore
    {
        private readonly Dictionary<string, (byte[] Value, string[] Tags)> _entries = new();

        public bool Down { get; set; }

        public int Calls { get; private set; }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Call();
            foreach (var key in _entries.Where(e => e.Value.Tags.Contains(tag)).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Call();
            return ValueTask.FromResult(_entries.TryGetValue(key, out var entry) ? entry.Value : null);
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Call();
            _entries[key] = (value, tags ?? []);
            return ValueTask.CompletedTask;
        }

        private void Call()
        {
            Calls++;
            if (Down)
            {
                throw new StackExchange.Redis.RedisConnectionException(StackExchange.Redis.ConnectionFailureType.UnableToConnect, "No connection is available");
            }
        }
    }

    private sealed class FlakyDistributedCache : IDistributedCache
    {
        private readonly MemoryDistributedCache _inner = new(Options.Create(new MemoryDistributedCacheOptions()));

        public bool Down { get; set; }

        public byte[]? Get(string key) => Up(() => _inner.Get(key));

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Up(() => _inner.GetAsync(key, token));

        public void Refresh(string key) => Up(() => { _inner.Refresh(key); return 0; });

        public Task RefreshAsync(string key, CancellationToken token = default) => Up(() => _inner.RefreshAsync(key, token));

        public void Remove(string key) => Up(() => { _inner.Remove(key); return 0; });

        public Task RemoveAsync(string key, CancellationToken token = default) => Up(() => _inner.RemoveAsync(key, token));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Up(() => { _inner.Set(key, value, options); return 0; });

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
            Up(() => _inner.SetAsync(key, value, options, token));

        private T Up<T>(Func<T> call) => Down ? throw new TimeoutException("Redis timed out") : call();
    }
}

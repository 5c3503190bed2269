using Microsoft.Extensions.Logging;

namespace Portal.Core.Caching;

/// <summary>
/// Stands between the portal and the shared cache (Redis when several nodes run), so that a cache that fails costs a
/// reader only the cache: the page is rendered, never refused. An outage is logged once; after a failure the cache is
/// left alone for a moment, so that readers do not each wait on a hung server. Writes that must not be lost
/// (evictions, invalidations) are kept and replayed before the cache is used again, and <see cref="Generation"/> moves
/// on when the cache returns, so that no node trusts what it kept locally from before the outage.
/// </summary>
public sealed class SharedCacheGuard(TimeProvider clock, ILogger<SharedCacheGuard> logger)
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Func<CancellationToken, Task>> _pending = new(StringComparer.Ordinal);
    private DateTimeOffset? _downSince;
    private DateTimeOffset _nextAttempt;

    /// <summary>Changes each time the cache comes back after an outage.</summary>
    public int Generation { get; private set; }

    /// <summary>A read: its value, or no value when the cache is unavailable.</summary>
    public async Task<(bool Succeeded, T? Value)> ReadAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!await ReadyAsync())
        {
            return (false, default);
        }

        try
        {
            var value = await read(cancellationToken);
            Recovered();
            return (true, value);
        }
        catch (Exception exception) when (Failed(exception, cancellationToken))
        {
            return (false, default);
        }
    }

    /// <summary>A write that must reach the cache (an eviction): done now, or kept under its key and replayed later.</summary>
    public async Task WriteAsync(string key, Func<CancellationToken, Task> write)
    {
        if (await ReadyAsync())
        {
            try
            {
                await write(CancellationToken.None);
                Recovered();
                return;
            }
            catch (Exception exception) when (Failed(exception, CancellationToken.None))
            {
            }
        }

        lock (_lock)
        {
            _pending[key] = write;
        }
    }

    /// <summary>A write that may be lost (a rendered page): done now or not at all.</summary>
    public async Task TryWriteAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (!await ReadyAsync())
        {
            return;
        }

        try
        {
            await write(cancellationToken);
            Recovered();
        }
        catch (Exception exception) when (Failed(exception, cancellationToken))
        {
        }
    }

    /// <summary>Whether the cache may be tried now; kept writes go first, so nothing is read that they would have removed.</summary>
    private async Task<bool> ReadyAsync()
    {
        List<KeyValuePair<string, Func<CancellationToken, Task>>> pending;
        lock (_lock)
        {
            if (_downSince is not null && clock.GetUtcNow() < _nextAttempt)
            {
                return false;
            }

            pending = _pending.ToList();
        }

        foreach (var (key, write) in pending)
        {
            try
            {
                await write(CancellationToken.None);
            }
            catch (Exception exception) when (Failed(exception, CancellationToken.None))
            {
                return false;
            }

            lock (_lock)
            {
                if (_pending.TryGetValue(key, out var current) && current == write)
                {
                    _pending.Remove(key);
                }
            }
        }

        return true;
    }

    private bool Failed(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        lock (_lock)
        {
            var now = clock.GetUtcNow();
            _nextAttempt = now + RetryAfter;
            if (_downSince is null)
            {
                _downSince = now;
                logger.LogWarning("The shared cache is unavailable ({Error}); pages are rendered without it until it returns.", exception.Message);
            }
        }

        return true;
    }

    private void Recovered()
    {
        lock (_lock)
        {
            if (_downSince is { } since)
            {
                _downSince = null;
                Generation++;
                logger.LogInformation("The shared cache is back after {Seconds:0} s.", (clock.GetUtcNow() - since).TotalSeconds);
            }
        }
    }
}

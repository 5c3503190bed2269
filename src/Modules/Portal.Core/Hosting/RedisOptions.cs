namespace Portal.Core.Hosting;

/// <summary>Redis for several web nodes: the shared output cache and distributed cache. Empty means one node, caches in memory.</summary>
public sealed class RedisOptions
{
    public const string Section = "Portal:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=…,ssl=true</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key the portal writes, so that one Redis can serve several sites.</summary>
    public string InstanceName { get; set; } = "portal:";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}

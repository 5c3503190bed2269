using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;
using Portal.Core.Data;

namespace Portal.Core.Hosting;

/// <summary>
/// What lets the same build run as one node or as several behind a load balancer: caches (in memory, or Redis),
/// data-protection keys in the database, and trust in the reverse proxy's forwarded headers.
/// </summary>
internal static class ScaleOutServiceCollectionExtensions
{
    /// <summary>The name every node protects cookies and anti-forgery tokens under; the default would be the content root path.</summary>
    private const string ApplicationName = "Portal";

    public static IServiceCollection AddPortalCaches(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        services.AddMemoryCache();
        services.AddSingleton<SharedCacheGuard>();
        if (redis.Enabled)
        {
            services.AddStackExchangeRedisCache(options =>
            {
                options.ConfigurationOptions = RedisConnection.Options(redis.Configuration!);
                options.InstanceName = redis.InstanceName;
            });
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.ConfigurationOptions = RedisConnection.Options(redis.Configuration!);
                options.InstanceName = redis.InstanceName;
            });
            Guard(services);
        }
        else
        {
            services.AddDistributedMemoryCache();
        }

        services.AddSingleton<SharedMemoryCache>();
        return services;
    }

    /// <summary>Puts the Redis output-cache store behind the guard, so that Redis failing never fails a page.</summary>
    private static void Guard(IServiceCollection services)
    {
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton<IOutputCacheStore>(provider => new GuardedOutputCacheStore(
            (IOutputCacheStore)(redisStore.ImplementationInstance
                ?? redisStore.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!)),
            provider.GetRequiredService<SharedCacheGuard>()));
    }

    /// <summary>
    /// Keys live in the database, not in Redis: they must outlive a cache that may evict or lose keys on restart
    /// (that would sign everybody out and void every open form), and they are backed up with the data they protect.
    /// </summary>
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();
        return services;
    }

    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(address, out var parsed) ? parsed
                    : throw new InvalidOperationException($"{ReverseProxyOptions.Section}:KnownProxies 中的 “{address}” 不是 IP 地址。"));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"{ReverseProxyOptions.Section}:KnownNetworks 中的 “{network}” 不是 CIDR 网段（例如 10.0.0.0/24）。"));
            }
        });
        return services;
    }
}

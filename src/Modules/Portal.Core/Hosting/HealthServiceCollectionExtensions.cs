using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Core.Data;
using Quartz;

namespace Portal.Core.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: this node can serve — the database answers, Redis
/// when configured, the scheduler runs (Unhealthy, 503, when one does not), and the background queues keep up
/// (Degraded, still 200, when one has parked entries or lags). Both anonymous, never cached, never rate limited.
/// </summary>
internal static class HealthServiceCollectionExtensions
{
    private const string LivePath = "/health/live";
    private const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    /// <summary>Call after the modules have registered their services: the scheduler's check needs to know whether there is one.</summary>
    public static IServiceCollection AddPortalHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HealthOptions>(configuration.GetSection(HealthOptions.Section));
        var options = configuration.GetSection(HealthOptions.Section).Get<HealthOptions>() ?? new HealthOptions();
        var redis = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();

        // A query on a table the portal made, not just an open connection: SQLite opens (and creates) any file.
        var checks = services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database", HealthStatus.Unhealthy, [ReadyTag],
                async (db, cancellationToken) =>
                {
                    await db.DataProtectionKeys.AnyAsync(cancellationToken);
                    return true;
                })
            .AddCheck<QueueHealthCheck>("queues", HealthStatus.Degraded, [ReadyTag]);
        if (redis.Enabled)
        {
            checks.AddRedis(redis.Configuration!, "redis", HealthStatus.Unhealthy, [ReadyTag]);
        }

        if (services.Any(service => service.ServiceType == typeof(ISchedulerFactory)))
        {
            checks.AddQuartz(scheduler =>
            {
                scheduler.Name = "scheduler";
                scheduler.Tags.Add(ReadyTag);
            });
        }

        services.PostConfigure<HealthCheckServiceOptions>(health =>
        {
            foreach (var registration in health.Registrations.Where(r => r.Timeout == Timeout.InfiniteTimeSpan))
            {
                registration.Timeout = options.CheckTimeout;
            }
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync })
            .DisableRateLimiting()
            .CacheOutput(policy => policy.NoCache())
            .AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync })
            .DisableRateLimiting()
            .CacheOutput(policy => policy.NoCache())
            .AllowAnonymous();
        return endpoints;
    }

    /// <summary>Load balancers ask every few seconds; their requests are left out of traces.</summary>
    public static bool IsProbe(PathString path) => path.StartsWithSegments("/health");
}

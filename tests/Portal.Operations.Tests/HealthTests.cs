using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Queues;
using Portal.Testing;
using Quartz;

namespace Portal.Operations.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_answers_200_while_the_process_runs_and_is_never_cached()
    {
        await using var portal = new PortalFactory();

        var live = await HealthProbe.GetAsync(portal, "/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", live.Status);
        Assert.Contains("no-store", live.CacheControl);
    }

    [Fact]
    public async Task Ready_reports_the_database_the_scheduler_and_every_queue()
    {
        await using var portal = new PortalFactory();
        await using var host = await StartedAsync(WithQueue(portal, new FixedQueueMonitor(pending: 3, parked: 0)));

        var ready = await HealthProbe.WaitForAsync(host, "/health/ready", "Healthy");

        Assert.True(ready.StatusCode == HttpStatusCode.OK && ready.Status == "Healthy", ready.Body);
        Assert.Equal("Healthy", ready.CheckStatus("database"));
        Assert.Equal("Healthy", ready.CheckStatus("scheduler"));
        Assert.Equal("Healthy", ready.CheckStatus("queues"));
        Assert.Equal(3, ready.Check("queues").GetProperty("data").GetProperty("test-queue-pending").GetInt32());
        Assert.Equal(0, ready.Check("queues").GetProperty("data").GetProperty("test-queue-parked").GetInt32());
        Assert.Contains("no-store", ready.CacheControl);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(501, 0)]
    public async Task A_parked_entry_or_a_queue_over_the_lag_threshold_makes_ready_degraded_but_still_200(int pending, int parked)
    {
        await using var portal = new PortalFactory();
        await using var host = await StartedAsync(WithQueue(portal, new FixedQueueMonitor(pending, parked)));

        var ready = await HealthProbe.WaitForAsync(host, "/health/ready", "Degraded");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(ready.Status == "Degraded", ready.Body);
        Assert.Equal("Degraded", ready.CheckStatus("queues"));
        Assert.Equal("Healthy", ready.CheckStatus("database"));
        Assert.Equal(parked, ready.Check("queues").GetProperty("data").GetProperty("test-queue-parked").GetInt32());
        Assert.Equal(pending, ready.Check("queues").GetProperty("data").GetProperty("test-queue-pending").GetInt32());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Ready_answers_503_without_error_details_while_the_database_is_gone_and_recovers_when_it_returns(string provider)
    {
        var database = BothDatabases.Create(provider);
        await using var portal = PortalFactory.With(database);
        await using var host = WithoutLogs(portal);
        Assert.Equal(HttpStatusCode.OK, (await HealthProbe.WaitForAsync(host, "/health/ready", "Healthy")).StatusCode);

        await using (await DatabaseOutage.BeginAsync(database))
        {
            var ready = await HealthProbe.WaitForAsync(host, "/health/ready", "Unhealthy");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", ready.CheckStatus("database"));
            Assert.DoesNotContain("Exception", ready.Body);
            Assert.DoesNotContain("portal.db", ready.Body);
            Assert.DoesNotContain("portal_test_", ready.Body);
            Assert.DoesNotContain(database.DataFolder, ready.Body);
            Assert.Equal(HttpStatusCode.OK, (await HealthProbe.GetAsync(host, "/health/live")).StatusCode);
        }

        var back = await HealthProbe.WaitForAsync(host, "/health/ready", probe => probe.CheckStatus("database") == "Healthy");
        Assert.True(back.CheckStatus("database") == "Healthy", back.Body);
    }

    [Fact]
    public async Task With_redis_configured_ready_checks_it_and_answers_503_when_it_is_gone()
    {
        using var redis = await RedisServer.StartAsync();
        await using var portal = PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Portal:Redis:Configuration"] = redis.Configuration });
        await using var host = WithoutLogs(portal);
        var before = await HealthProbe.WaitForAsync(host, "/health/ready", "Healthy");
        Assert.True(before.StatusCode == HttpStatusCode.OK && before.CheckStatus("redis") == "Healthy", before.Body);

        redis.Stop();
        var after = await HealthProbe.WaitForAsync(host, "/health/ready", "Unhealthy");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.Equal("Unhealthy", after.CheckStatus("redis"));
        Assert.Equal("Healthy", after.CheckStatus("database"));
        Assert.DoesNotContain($"127.0.0.1:{redis.Port}", after.Body);
    }

    [Fact]
    public async Task The_health_endpoints_are_anonymous_and_outside_rate_limiting()
    {
        await using var portal = new PortalFactory();
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is "/health/live" or "/health/ready")
            .ToList();

        Assert.Equal(2, endpoints.Count);
        Assert.All(endpoints, endpoint =>
        {
            Assert.NotNull(endpoint.Metadata.GetMetadata<DisableRateLimitingAttribute>());
            Assert.NotNull(endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>());
        });
    }

    /// <summary>
    /// The host once its scheduler runs. In the first moments after start ready rightly answers 503 (the scheduler is
    /// not started yet), which the health service logs at Error; these tests are about what comes after.
    /// </summary>
    private static async Task<WebApplicationFactory<Program>> StartedAsync(WebApplicationFactory<Program> host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        for (var waited = 0; scheduler.Status != SchedulerStatus.Running && waited < 300; waited++)
        {
            await Task.Delay(100);
        }

        Assert.True(scheduler.Status == SchedulerStatus.Running, "The scheduler did not start within 30 s.");
        return host;
    }

    private static WebApplicationFactory<Program> WithQueue(PortalFactory portal, IQueueMonitor monitor) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(monitor)));

    /// <summary>
    /// The host without loggers: these tests take the database or Redis away on purpose, and EF Core, the health
    /// checks and the background services rightly report that at Error.
    /// </summary>
    private static WebApplicationFactory<Program> WithoutLogs(PortalFactory portal) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.ClearProviders()));
}

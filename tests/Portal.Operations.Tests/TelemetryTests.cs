using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Quartz.Diagnostics;
using Portal.Testing;

namespace Portal.Operations.Tests;

public sealed class TelemetryTests
{
    /// <summary>Long enough for a loaded machine to run the scheduler's first jobs; only a portal that never exports them waits it out.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Without_an_endpoint_nothing_is_collected_or_exported()
    {
        await using var portal = new PortalFactory();

        Assert.Null(portal.Services.GetService<TracerProvider>());
        Assert.Null(portal.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_an_otlp_endpoint_traces_metrics_and_logs_of_requests_database_commands_and_jobs_are_exported_to_it()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var portal = PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Portal:Telemetry:OtlpEndpoint"] = collector.Endpoint });
        var traces = portal.Services.GetRequiredService<TracerProvider>();
        var metrics = portal.Services.GetRequiredService<MeterProvider>();
        var reader = PortalClient.Create(portal);

        await reader.GetStringAsync("/regulations");
        await reader.GetStringAsync("/health/live");
        var exports = await ExportedAsync(collector, traces, metrics, received =>
            received.Any(export => export.Path == "/v1/traces" && export.Mentions(QuartzInstrumentation.ActivitySourceName))
            && received.Any(export => export.Path == "/v1/logs"));

        var spans = exports.Where(export => export.Path == "/v1/traces").ToList();
        Assert.All(exports, export => Assert.Equal("application/x-protobuf", export.ContentType));
        Assert.Contains(spans, export => export.Mentions("portal") && export.Mentions("/regulations"));
        Assert.Contains(spans, export => export.Mentions("sqlite"));
        Assert.Contains(spans, export => export.Mentions(QuartzInstrumentation.ActivitySourceName));
        Assert.DoesNotContain(spans, export => export.Mentions("/health/live"));
        Assert.Contains(exports, export => export.Path == "/v1/metrics" && export.Mentions("http.server.request.duration"));
        Assert.Contains(exports, export => export.Path == "/v1/logs");
    }

    /// <summary>Flushes the providers until what arrived satisfies <paramref name="done"/>: jobs run on the scheduler's threads, logs leave in batches.</summary>
    private static async Task<IReadOnlyList<OtlpCollector.Export>> ExportedAsync(
        OtlpCollector collector, TracerProvider traces, MeterProvider metrics, Func<IReadOnlyList<OtlpCollector.Export>, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            traces.ForceFlush();
            metrics.ForceFlush();
            var received = collector.Received;
            if (done(received) || DateTime.UtcNow > deadline)
            {
                return received;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}

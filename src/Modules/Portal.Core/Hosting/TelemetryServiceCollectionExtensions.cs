using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Quartz.Diagnostics;

namespace Portal.Core.Hosting;

/// <summary>
/// OpenTelemetry metrics and traces of requests, database commands (EF Core; on PostgreSQL also Npgsql's pool
/// metrics) and scheduled jobs (Quartz's own instrumentation), sent over OTLP — only when an endpoint is configured.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard variable the OpenTelemetry SDK reads, with the others of its family (protocol, headers).</summary>
    private const string StandardEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Meters that .NET and Npgsql publish without an instrumentation package.</summary>
    private static readonly string[] BuiltInMeters = ["System.Runtime", "Npgsql"];

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var portalEndpoint = options.OtlpEndpoint;
        if (string.IsNullOrWhiteSpace(portalEndpoint) && string.IsNullOrWhiteSpace(configuration[StandardEndpoint]))
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(configuration["OTEL_SERVICE_NAME"] ?? options.ServiceName)
                .AddAttributes([new("host.name", Environment.MachineName)]))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !HealthServiceCollectionExtensions.IsProbe(context.Request.Path))
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(QuartzInstrumentation.ActivitySourceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(QuartzInstrumentation.MeterName)
                .AddMeter(BuiltInMeters));

        if (string.IsNullOrWhiteSpace(portalEndpoint))
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            telemetry.UseOtlpExporter(Protocol(options.OtlpProtocol), new Uri(portalEndpoint));
        }

        return services;
    }

    private static OtlpExportProtocol Protocol(string name) => name.Trim().ToLowerInvariant() switch
    {
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        "grpc" => OtlpExportProtocol.Grpc,
        _ => throw new InvalidOperationException($"{TelemetryOptions.Section}:OtlpProtocol 只能是 http/protobuf 或 grpc，而不是 “{name}”。"),
    };
}

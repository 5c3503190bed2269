namespace Portal.Core.Hosting;

/// <summary>
/// Where the portal sends its metrics and traces (OpenTelemetry, OTLP). Nothing is collected or sent unless an
/// endpoint is set here or in the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Portal:Telemetry";

    /// <summary>The collector, e.g. <c>http://otel-collector.internal:4318</c>.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>http/protobuf</c> (the collector's port 4318) or <c>grpc</c> (port 4317).</summary>
    public string OtlpProtocol { get; set; } = "http/protobuf";

    /// <summary><c>service.name</c> of everything the portal sends; the standard <c>OTEL_SERVICE_NAME</c> wins.</summary>
    public string ServiceName { get; set; } = "portal";
}

namespace Portal.Core.Hosting;

/// <summary>Which reverse proxies may tell the portal the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto).</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "Portal:ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>. The loopback addresses are always trusted.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

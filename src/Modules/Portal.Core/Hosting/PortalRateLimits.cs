namespace Portal.Core.Hosting;

public sealed class PortalRateLimits
{
    public const string Section = "Portal:RateLimits";

    public const string LoginPolicy = "login";

    /// <summary>Login attempts one client address may make per minute.</summary>
    public int LoginPermitsPerMinute { get; set; } = 10;
}

namespace Portal.Core.Hosting;

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Loads demo content and demo accounts with their published passwords. Never on in production.</summary>
    public bool DemoMode { get; set; }

    public string SiteName { get; set; } = "许昌市人大常委会";
}

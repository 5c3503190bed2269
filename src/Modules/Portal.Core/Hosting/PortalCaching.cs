namespace Portal.Core.Hosting;

public static class PortalCaching
{
    /// <summary>Output-cache policy for anonymous public pages.</summary>
    public const string PublicPagePolicy = "PublicPage";

    /// <summary>The tag every cached public page carries; evicted whenever published content changes.</summary>
    public const string PublicContentTag = "public-content";
}

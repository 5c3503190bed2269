using Portal.Core.Modules;

namespace Portal.Themes.Admin;

/// <summary>The admin theme: the layout of every page under /admin.</summary>
public sealed class AdminThemeModule : IPortalModule
{
    public string Id => "Themes.Admin";

    public IEnumerable<string> DependsOn => ["Admin"];
}

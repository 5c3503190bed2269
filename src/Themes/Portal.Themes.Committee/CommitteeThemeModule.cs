using Portal.Core.Modules;

namespace Portal.Themes.Committee;

/// <summary>The public theme: layout, styles, print style and the reader's scripts.</summary>
public sealed class CommitteeThemeModule : IPortalModule
{
    public string Id => "Themes.Committee";
}

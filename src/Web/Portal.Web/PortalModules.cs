using Portal.Admin;
using Portal.Contents;
using Portal.Contests;
using Portal.Core.Modules;
using Portal.News;
using Portal.Setup;
using Portal.Themes.Admin;
using Portal.Themes.Committee;
using Portal.Users;

namespace Portal.Web;

/// <summary>The modules this portal runs. Add a module here to switch it on; start-up checks its dependencies.</summary>
public static class PortalModules
{
    public static IPortalModule[] All() =>
    [
        new UsersModule(),
        new AdminModule(),
        new ContentsModule(),
        new NewsModule(),
        new ContestsModule(),
        new SetupModule(),
        new CommitteeThemeModule(),
        new AdminThemeModule(),
    ];
}

using Portal.Admin;
using Portal.Contents;
using Portal.Contests;
using Portal.Core.Modules;
using Portal.Delegates;
using Portal.Feeds;
using Portal.Ledger;
using Portal.Media;
using Portal.News;
using Portal.Regulations;
using Portal.Search;
using Portal.Setup;
using Portal.Study;
using Portal.Themes.Admin;
using Portal.Themes.Committee;
using Portal.Users;
using Portal.Workflows;

namespace Portal.Web;

/// <summary>The modules this portal runs. Add a module here to switch it on; start-up checks its dependencies.</summary>
public static class PortalModules
{
    public static IPortalModule[] All() =>
    [
        new UsersModule(),
        new AdminModule(),
        new ContentsModule(),
        new MediaModule(),
        new SearchModule(),
        new NewsModule(),
        new LedgerModule(),
        new DelegatesModule(),
        new RegulationsModule(),
        new FeedsModule(),
        new ContestsModule(),
        new StudyModule(),
        new WorkflowsModule(),
        new SetupModule(),
        new CommitteeThemeModule(),
        new AdminThemeModule(),
    ];
}

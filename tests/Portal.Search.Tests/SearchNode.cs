using Microsoft.AspNetCore.Hosting;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>
/// One web node of a portal whose database outlives it: it runs on <paramref name="database"/> with its own index
/// folder, and disposing the node leaves the database for the next node (or the restarted one).
/// </summary>
internal sealed class SearchNode(TestDatabase database, string indexPath) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:DataPath", database.DataFolder);
        builder.UseSetting("Portal:Database:Provider", database.Provider);
        builder.UseSetting("Portal:Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Portal:Search:IndexPath", indexPath);
    }
}

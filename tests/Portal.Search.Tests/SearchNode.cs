using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Search.Services;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>
/// One web node of a portal whose database outlives it: it runs on <paramref name="database"/> with its own index
/// folder, and disposing the node leaves the database for the next node (or the restarted one). The test applies the
/// queue itself (the background loop only calls the same <see cref="SearchIndexer.CatchUpAsync"/>), and entries
/// settle at once, so that the node's stored mark is visible. <paramref name="services"/> changes the node's services
/// (a test's own search source, a fake clock).
/// </summary>
internal sealed class SearchNode(TestDatabase database, string indexPath, Action<IServiceCollection>? services = null) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:DataPath", database.DataFolder);
        builder.UseSetting("Portal:Database:Provider", database.Provider);
        builder.UseSetting("Portal:Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Portal:Search:IndexPath", indexPath);
        builder.UseSetting("Portal:Search:SettleWindow", "00:00:00");
        builder.ConfigureTestServices(configured =>
        {
            configured.Remove(configured.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(SearchIndexingService)));
            services?.Invoke(configured);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Contents.Handlers;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Queues;
using Portal.Core.Security;
using Portal.Search.Handlers;
using Portal.Search.Models;
using Portal.Search.Rules;
using Portal.Search.Services;

namespace Portal.Search;

/// <summary>
/// Chinese site search over everything published (Lucene with SmartCn), fed from a queue in the database, and the
/// sitemap and robots.txt. Modules join with an <see cref="ISearchDocumentSource"/> and an <see cref="ISitemapSource"/>.
/// </summary>
public sealed class SearchModule : IPortalModule
{
    public string Id => "Search";

    public IEnumerable<string> DependsOn => ["Contents"];

    public IEnumerable<Permission> Permissions => SearchPermissions.All;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton<SearchQueueSignal>();
        services.AddSingleton(provider => new SearchIndex(IndexPath(provider)));
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<SiteSearch>();
        services.AddScoped<SearchQueue>();
        services.AddScoped<IContentHandler, SearchContentHandler>();
        services.AddHostedService<SearchIndexingService>();
        services.AddSingleton<IQueueMonitor, SearchQueueMonitor>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }

    public void ConfigureModel(ModelBuilder model)
    {
        model.Entity<SearchQueueEntry>(entry =>
        {
            entry.ToTable("SearchQueue");
            entry.Property(e => e.Kind).HasMaxLength(64);
            entry.Property(e => e.Key).HasMaxLength(64);
        });
        model.Entity<SearchIndexFailure>(failure =>
        {
            failure.ToTable("SearchIndexFailures");
            failure.Property(f => f.Node).HasMaxLength(64);
            failure.Property(f => f.Kind).HasMaxLength(64);
            failure.Property(f => f.Key).HasMaxLength(64);
            failure.Property(f => f.LastError).HasMaxLength(IndexRetryRules.ErrorLength);
            failure.HasIndex(f => new { f.Node, f.Kind, f.Key }).IsUnique();
        });
    }

    private static string IndexPath(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath;
        var environment = provider.GetRequiredService<IHostEnvironment>();
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(PortalPaths.DataFolder(provider.GetRequiredService<IConfiguration>(), environment), "search-index")
            : Path.GetFullPath(configured, environment.ContentRootPath);
    }
}

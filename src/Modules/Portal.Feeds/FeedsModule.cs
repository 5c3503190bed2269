using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Feeds.Services;

namespace Portal.Feeds;

/// <summary>RSS 2.0 feeds of the news: all columns, and each column with the columns below it.</summary>
public sealed class FeedsModule : IPortalModule
{
    public string Id => "Feeds";

    public IEnumerable<string> DependsOn => ["News"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<NewsFeedQueries>();
    }
}

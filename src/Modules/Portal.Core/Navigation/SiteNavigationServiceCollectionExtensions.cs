using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Navigation;

public static class SiteNavigationServiceCollectionExtensions
{
    /// <summary>Adds one fixed entry to the public main navigation.</summary>
    public static IServiceCollection AddSiteNavigation(this IServiceCollection services, string text, string url, int order) =>
        services.AddSingleton<ISiteNavigationProvider>(new FixedSiteNavigation(new SiteNavigationItem(text, url, order)));
}

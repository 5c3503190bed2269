namespace Portal.Core.Navigation;

/// <summary>A module's single, unchanging entry in the public main navigation.</summary>
public sealed class FixedSiteNavigation(SiteNavigationItem item) : ISiteNavigationProvider
{
    public Task<IEnumerable<SiteNavigationItem>> GetItemsAsync() => Task.FromResult<IEnumerable<SiteNavigationItem>>([item]);
}

using Portal.Core.Navigation;

namespace Portal.Contests;

internal sealed class SiteNavigation : ISiteNavigationProvider
{
    public Task<IEnumerable<SiteNavigationItem>> GetItemsAsync() => Task.FromResult<IEnumerable<SiteNavigationItem>>([new("征文活动", "/contests", 120)]);
}

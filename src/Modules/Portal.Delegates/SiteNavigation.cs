using Portal.Core.Navigation;

namespace Portal.Delegates;

internal sealed class SiteNavigation : ISiteNavigationProvider
{
    public Task<IEnumerable<SiteNavigationItem>> GetItemsAsync() => Task.FromResult<IEnumerable<SiteNavigationItem>>([new("代表名录", "/delegates", 100)]);
}

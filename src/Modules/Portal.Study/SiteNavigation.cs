using Portal.Core.Navigation;

namespace Portal.Study;

internal sealed class SiteNavigation : ISiteNavigationProvider
{
    public Task<IEnumerable<SiteNavigationItem>> GetItemsAsync() => Task.FromResult<IEnumerable<SiteNavigationItem>>([new("学习活动", "/study", 140)]);
}

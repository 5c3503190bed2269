using Portal.Core.Navigation;

namespace Portal.Ledger;

internal sealed class SiteNavigation : ISiteNavigationProvider
{
    public Task<IEnumerable<SiteNavigationItem>> GetItemsAsync() => Task.FromResult<IEnumerable<SiteNavigationItem>>([new("工作台账", "/ledger", 110)]);
}

using Portal.Core.Navigation;

namespace Portal.Regulations;

internal sealed class SiteNavigation : ISiteNavigationProvider
{
    public Task<IEnumerable<SiteNavigationItem>> GetItemsAsync() => Task.FromResult<IEnumerable<SiteNavigationItem>>([new("规章制度", "/regulations", 130)]);
}

using Portal.Core.Navigation;
using Portal.News.Services;

namespace Portal.News;

/// <summary>The top-level columns marked for the navigation, first after 首页.</summary>
public sealed class SiteNavigation(ColumnTree columns) : ISiteNavigationProvider
{
    public async Task<IEnumerable<SiteNavigationItem>> GetItemsAsync() =>
        (await columns.RootsAsync())
            .Where(column => column.InNavigation)
            .Select((column, index) => new SiteNavigationItem(column.Name, $"/columns/{column.Slug}", index));
}

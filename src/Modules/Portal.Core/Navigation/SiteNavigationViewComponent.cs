using Microsoft.AspNetCore.Mvc;

namespace Portal.Core.Navigation;

/// <summary>The public theme's main navigation: 首页, then every module's entries in order.</summary>
public sealed class SiteNavigationViewComponent(IEnumerable<ISiteNavigationProvider> providers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = new List<SiteNavigationItem>();
        foreach (var provider in providers)
        {
            items.AddRange(await provider.GetItemsAsync());
        }

        return View(items.OrderBy(item => item.Order).ToList());
    }
}

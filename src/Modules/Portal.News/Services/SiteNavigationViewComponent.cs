using Microsoft.AspNetCore.Mvc;

namespace Portal.News.Services;

/// <summary>The public theme's main navigation: the home page and the top-level columns.</summary>
public sealed class SiteNavigationViewComponent(ColumnTree columns) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View((await columns.RootsAsync()).Where(c => c.InNavigation).ToList());
}

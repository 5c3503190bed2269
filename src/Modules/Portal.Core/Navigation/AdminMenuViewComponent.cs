using Microsoft.AspNetCore.Mvc;

namespace Portal.Core.Navigation;

/// <summary>Renders the admin menu in the admin theme, trimmed to the signed-in user's permissions.</summary>
public sealed class AdminMenuViewComponent(AdminMenuBuilder menu) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await menu.BuildAsync(HttpContext.User);
        return View(items);
    }
}

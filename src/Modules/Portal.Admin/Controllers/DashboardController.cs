using Microsoft.AspNetCore.Mvc;
using Portal.Core.Navigation;
using Portal.Core.Security;

namespace Portal.Admin.Controllers;

[Route("admin")]
[RequirePermission(nameof(AdminPermissions.AccessAdmin))]
public sealed class DashboardController(AdminMenuBuilder menu) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "工作台";
        var items = await menu.BuildAsync(User);
        return View(items);
    }
}

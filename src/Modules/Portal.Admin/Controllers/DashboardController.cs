using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Admin.Models;
using Portal.Core.Navigation;
using Portal.Core.Queues;
using Portal.Core.Security;

namespace Portal.Admin.Controllers;

[Route("admin")]
[RequirePermission(nameof(AdminPermissions.AccessAdmin))]
public sealed class DashboardController(AdminMenuBuilder menu, IEnumerable<IQueueMonitor> queues, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "工作台";
        var items = await menu.BuildAsync(User);
        var statuses = new List<QueueStatus>();
        foreach (var queue in queues)
        {
            var status = await queue.ReadAsync(cancellationToken);
            if (await authorization.AuthorizeAsync(User, status.Permission))
            {
                statuses.Add(status);
            }
        }

        return View(new DashboardPage(items, statuses));
    }
}

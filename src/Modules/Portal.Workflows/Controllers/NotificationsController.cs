using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Workflows.Services;

namespace Portal.Workflows.Controllers;

/// <summary>Every signed-in user's notifications (消息).</summary>
[Authorize]
[Route("notifications")]
public sealed class NotificationsController(NotificationInbox inbox) : Controller
{
    private const int Shown = 100;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "我的消息";
        return View(await inbox.LatestAsync(UserId, Shown));
    }

    [HttpPost("{id:long}/read")]
    public async Task<IActionResult> Read(long id)
    {
        var notification = await inbox.ReadAsync(UserId, id);
        if (notification is null)
        {
            return NotFound();
        }

        return notification.Url is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToAction(nameof(Index));
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> ReadAll()
    {
        await inbox.ReadAllAsync(UserId);
        return RedirectToAction(nameof(Index));
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Core.Notifications;

/// <summary>The header link to the signed-in user's notifications with the unread count; nothing for anonymous readers.</summary>
public sealed class NotificationBadgeViewComponent(IEnumerable<IUnreadNotificationSource> sources) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var source = sources.FirstOrDefault();
        if (userId is null || source is null)
        {
            return Content("");
        }

        return View(await source.GetAsync(userId, HttpContext.RequestAborted));
    }
}

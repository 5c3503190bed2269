using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.Delegates.Services;

namespace Portal.Delegates.Controllers;

/// <summary>The public pages of the liaison points: who is linked to each and what was done there.</summary>
public sealed class LiaisonPointsController(DelegateDirectory directory) : Controller
{
    [HttpGet("liaison-points")]
    [HttpHead("liaison-points")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "联系点";
        return View(await directory.LiaisonPointsAsync());
    }

    [HttpGet("liaison-points/{slug}")]
    [HttpHead("liaison-points/{slug}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Show(string slug)
    {
        var page = await directory.LiaisonPointAsync(slug);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["Title"] = page.Point.Name;
        return View(page);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Delegates.Models;
using Portal.Delegates.Services;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Controllers;

/// <summary>The public directory of delegates and their profile pages.</summary>
public sealed class DelegatesController(DelegateDirectory directory) : Controller
{
    private const int PageSize = 24;

    [HttpGet("delegates")]
    [HttpHead("delegates")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Index(DelegateLevel? level, string? delegation, CommitteeRole? role, LiaisonPointType? liaison, string? q, int page = 1)
    {
        var filter = new DirectoryFilter(level, string.IsNullOrWhiteSpace(delegation) ? null : delegation.Trim(), role, liaison,
            string.IsNullOrWhiteSpace(q) ? null : q.Trim().Clip(50), Math.Max(1, page));
        var (rows, total) = await directory.SearchAsync(filter, PageSize);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (filter.Page > pageCount)
        {
            return NotFound();
        }

        ViewData["Title"] = "代表名录";
        return View(new DirectoryPage(filter, rows, total, pageCount, await directory.DelegationsAsync()));
    }

    [HttpGet("delegates/{slug}")]
    [HttpHead("delegates/{slug}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Show(string slug)
    {
        var profile = await directory.ProfileAsync(slug);
        if (profile is null)
        {
            return NotFound();
        }

        ViewData["Title"] = profile.Name;
        return View("Profile", profile);
    }
}

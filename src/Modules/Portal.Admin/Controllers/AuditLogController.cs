using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Models;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Admin.Controllers;

[Route("admin/audit")]
[RequirePermission(nameof(AdminPermissions.ViewAuditLog))]
public sealed class AuditLogController(PortalDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? user, string? entityType, int page = 1)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(e => e.UserName == user.Trim());
        }

        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType == entityType.Trim());
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var entries = await query.OrderByDescending(e => e.Id).Page(page, PageSize).ToListAsync();

        ViewData["Title"] = "操作日志";
        return View(new AuditLogPage(entries, page, pageCount, user, entityType));
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;
using Portal.Delegates.Services;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Controllers;

/// <summary>Editors approve voter-contact records before anything of them is public, or return them with a note.</summary>
[Route("admin/delegates/contacts")]
[RequirePermission(nameof(DelegatesPermissions.ReviewVoterContacts))]
public sealed class VoterContactsAdminController(PortalDbContext db, ICurrentUser user, IAuditLog audit, PublicPages publicPages, TimeProvider clock) : Controller
{
    private const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewStatus? status = ReviewStatus.Pending, int page = 1)
    {
        var query =
            from contact in db.Set<VoterContact>()
            join index in db.Set<DelegateIndex>() on contact.ContentItemId equals index.ContentItemId
            select new { contact, index.Name };
        if (status is { } wanted)
        {
            query = query.Where(x => x.contact.Review == wanted);
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(x => x.contact.CreatedAt).ThenByDescending(x => x.contact.Id)
            .Page(page, PageSize)
            .Select(x => new ContactAdminRow(x.contact.Id, x.Name, x.contact.Date, x.contact.Form, x.contact.PeopleCount, x.contact.Topic, x.contact.Review, x.contact.CreatedAt))
            .ToListAsync();
        ViewData["Title"] = "联系选民记录审核";
        return View(new ContactAdminList(status, rows, page, pageCount));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var page = await PageAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "审核联系选民记录";
        return View(page);
    }

    /// <summary>Approves the record, with the public summary as the editor left it.</summary>
    [HttpPost("{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, string? topic)
    {
        var contact = await db.Set<VoterContact>().FindAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        var cleaned = string.IsNullOrWhiteSpace(topic) ? contact.Topic : topic.Trim();
        var problems = VoterContactRules.Validate(contact.Date, contact.Date, contact.Place, contact.PeopleCount, cleaned, contact.Issues, contact.FollowUp);
        if (problems.Count > 0)
        {
            TempData["Error"] = string.Join(" ", problems.Select(p => p.Message));
            return Redirect($"/admin/delegates/contacts/{id}");
        }

        contact.Topic = cleaned;
        contact.Review = ReviewStatus.Approved;
        contact.ReviewNote = null;
        contact.ReviewedBy = user.Name;
        contact.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("审核通过", "联系选民记录", id.ToString(), contact.Topic);
        await db.SaveChangesAsync();
        await publicPages.EvictAsync();
        TempData["Message"] = "已审核通过，记录摘要已公开。";
        return Redirect("/admin/delegates/contacts");
    }

    [HttpPost("{id:int}/return")]
    public async Task<IActionResult> Return(int id, string? note)
    {
        var contact = await db.Set<VoterContact>().FindAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 200)
        {
            TempData["Error"] = "请填写退回原因（不超过 200 字），以便代表修改。";
            return Redirect($"/admin/delegates/contacts/{id}");
        }

        var wasPublic = contact.Review == ReviewStatus.Approved;
        contact.Review = ReviewStatus.Returned;
        contact.ReviewNote = note.Trim();
        contact.ReviewedBy = user.Name;
        contact.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("退回", "联系选民记录", id.ToString(), contact.ReviewNote);
        await db.SaveChangesAsync();
        if (wasPublic)
        {
            await publicPages.EvictAsync();
        }

        TempData["Message"] = "已退回给代表修改。";
        return Redirect("/admin/delegates/contacts");
    }

    private async Task<ContactReviewPage?> PageAsync(int id) => await (
            from contact in db.Set<VoterContact>().AsNoTracking()
            join index in db.Set<DelegateIndex>() on contact.ContentItemId equals index.ContentItemId
            where contact.Id == id
            select new ContactReviewPage(contact, index.Name, index.Slug,
                db.Set<LiaisonPoint>().Where(p => p.Id == contact.LiaisonPointId).Select(p => p.Name).FirstOrDefault()))
        .FirstOrDefaultAsync();
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;
using Portal.Delegates.Services;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Controllers;

[Route("admin/liaison-points")]
[RequirePermission(nameof(DelegatesPermissions.ManageLiaisonPoints))]
public sealed class LiaisonPointsAdminController(PortalDbContext db, MarkdownRenderer renderer, IAuditLog audit, PublicPages publicPages, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "联系点";
        return View(await db.Set<LiaisonPoint>().AsNoTracking().OrderBy(p => p.Type).ThenBy(p => p.Name).ToListAsync());
    }

    [HttpGet("create")]
    public IActionResult Create() => EditView(new LiaisonPointForm());

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var point = await db.Set<LiaisonPoint>().FindAsync(id);
        return point is null ? NotFound() : EditView(new LiaisonPointForm
        {
            Id = point.Id, Name = point.Name, Slug = point.Slug, Type = point.Type, Location = point.Location, Description = point.DescriptionMarkdown,
        });
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(LiaisonPointForm form)
    {
        form.Slug = form.Slug?.Trim().ToLowerInvariant();
        var existing = form.Id is { } id ? await db.Set<LiaisonPoint>().FindAsync(id) : null;
        if (form.Id is not null && existing is null)
        {
            return NotFound();
        }

        var taken = !string.IsNullOrEmpty(form.Slug) && await db.Set<LiaisonPoint>().AnyAsync(p => p.Slug == form.Slug && p.Id != form.Id);
        foreach (var (field, message) in LiaisonPointRules.Validate(form.Name, form.Slug, taken, form.Location, form.Description))
        {
            ModelState.AddModelError(field, message);
        }

        if (!Enum.IsDefined(form.Type))
        {
            ModelState.AddModelError(nameof(form.Type), "请选择联系点类型。");
        }

        if (!ModelState.IsValid)
        {
            return EditView(form);
        }

        var point = existing ?? db.Add(new LiaisonPoint()).Entity;
        point.Name = form.Name!.Trim();
        point.Slug = form.Slug!;
        point.Type = form.Type;
        point.Location = string.IsNullOrWhiteSpace(form.Location) ? null : form.Location.Trim();
        point.DescriptionMarkdown = form.Description ?? "";
        point.DescriptionHtml = renderer.Render(point.DescriptionMarkdown);
        point.ModifiedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        audit.Record(existing is null ? "创建" : "修改", "联系点", point.Id.ToString(), point.Name);
        await db.SaveChangesAsync();
        await publicPages.EvictAsync();
        TempData["Message"] = $"联系点“{point.Name}”已保存。";
        return Redirect("/admin/liaison-points");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        var point = await db.Set<LiaisonPoint>().FindAsync(id);
        if (point is null)
        {
            return NotFound();
        }

        if (await db.Set<LiaisonLink>().AnyAsync(l => l.LiaisonPointId == id))
        {
            TempData["Error"] = $"联系点“{point.Name}”还有代表联系，不能删除。请先在代表资料中结束或删除这些联系。";
            return Redirect("/admin/liaison-points");
        }

        db.Remove(point);
        audit.Record("删除", "联系点", id.ToString(), point.Name);
        await db.SaveChangesAsync();
        await publicPages.EvictAsync();
        TempData["Message"] = $"联系点“{point.Name}”已删除。";
        return Redirect("/admin/liaison-points");
    }

    private IActionResult EditView(LiaisonPointForm form)
    {
        ViewData["Title"] = form.Id is null ? "新建联系点" : "编辑联系点";
        return View("Edit", form);
    }
}

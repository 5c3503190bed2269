using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.News.Models;
using Portal.News.Services;
using Portal.News.ViewModels;

namespace Portal.News.Controllers;

[Route("admin/columns")]
[RequirePermission(nameof(NewsPermissions.ManageColumns))]
public sealed class ColumnsAdminController(PortalDbContext db, ColumnTree columns, IAuditLog audit, IOutputCacheStore pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "栏目";
        return View(await columns.FlattenAsync());
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => await EditView(new ColumnEditModel());

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var column = await db.Set<Column>().FindAsync(id);
        return column is null ? NotFound() : await EditView(new ColumnEditModel
        {
            Id = column.Id,
            Name = column.Name,
            Slug = column.Slug,
            ParentId = column.ParentId,
            Description = column.Description,
            SortOrder = column.SortOrder,
            InNavigation = column.InNavigation,
        });
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(ColumnEditModel form)
    {
        form.Slug = form.Slug?.Trim().ToLowerInvariant() ?? "";
        var existing = form.Id is { } id ? await db.Set<Column>().FindAsync(id) : null;
        if (form.Id is not null && existing is null)
        {
            return NotFound();
        }

        var descendants = existing is null ? [] : await columns.SelfAndDescendantIdsAsync(existing.Id);
        foreach (var (field, message) in ColumnRules.Validate(form.Id, form.Slug, form.ParentId, await columns.AllAsync(), descendants))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return await EditView(form);
        }

        var column = existing ?? db.Add(new Column()).Entity;
        column.Name = form.Name.Trim();
        column.Slug = form.Slug;
        column.ParentId = form.ParentId;
        column.Description = form.Description?.Trim();
        column.SortOrder = form.SortOrder;
        column.InNavigation = form.InNavigation;
        await db.SaveChangesAsync();
        audit.Record(existing is null ? "创建" : "修改", "栏目", column.Id.ToString(), column.Name);
        await db.SaveChangesAsync();
        await columns.InvalidateAsync();
        await pages.EvictByTagAsync(PortalCaching.PublicContentTag, CancellationToken.None);

        TempData["Message"] = $"栏目“{column.Name}”已保存。";
        return Redirect("/admin/columns");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        var column = await db.Set<Column>().FindAsync(id);
        if (column is null)
        {
            return NotFound();
        }

        if (await db.Set<Column>().AnyAsync(c => c.ParentId == id) || await db.Set<ArticleIndex>().AnyAsync(a => a.ColumnId == id || a.PublishedColumnId == id))
        {
            TempData["Error"] = $"栏目“{column.Name}”下还有下级栏目或文章，不能删除。请先移走它们。";
            return Redirect("/admin/columns");
        }

        db.Remove(column);
        audit.Record("删除", "栏目", id.ToString(), column.Name);
        await db.SaveChangesAsync();
        await columns.InvalidateAsync();
        await pages.EvictByTagAsync(PortalCaching.PublicContentTag, CancellationToken.None);
        TempData["Message"] = $"栏目“{column.Name}”已删除。";
        return Redirect("/admin/columns");
    }

    private async Task<IActionResult> EditView(ColumnEditModel form)
    {
        ViewData["Title"] = form.Id is null ? "新建栏目" : "编辑栏目";
        ViewData["Columns"] = await columns.FlattenAsync();
        return View("Edit", form);
    }
}

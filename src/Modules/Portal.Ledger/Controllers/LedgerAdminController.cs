using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.Search;
using Portal.Ledger.Services;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Controllers;

/// <summary>Ledgers and their areas, the task list with filters, and the spreadsheet export and import.</summary>
[Route("admin/ledger")]
[RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
public sealed class LedgerAdminController(
    PortalDbContext db,
    LedgerQueries queries,
    IAuditLog audit,
    PublicPagesCache cache,
    LedgerSearchFeed search,
    LedgerWorkbook workbook,
    LedgerImporter importer,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "台账管理";
        return View(await queries.SnapshotsAsync(publicOnly: false));
    }

    [HttpGet("create")]
    public IActionResult Create() => EditView(new LedgerEditModel());

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var ledger = await db.Set<WorkLedger>().FindAsync(id);
        return ledger is null
            ? NotFound()
            : EditView(new LedgerEditModel { Id = id, Title = ledger.Title, Slug = ledger.Slug, Description = ledger.Description, IsPublic = ledger.IsPublic });
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(LedgerEditModel form)
    {
        var existing = form.Id is { } id ? await db.Set<WorkLedger>().FindAsync(id) : null;
        if (form.Id is not null && existing is null)
        {
            return NotFound();
        }

        form.Slug = form.Slug?.Trim().ToLowerInvariant() ?? "";
        var taken = await db.Set<WorkLedger>().AnyAsync(l => l.Slug == form.Slug && l.Id != form.Id);
        foreach (var (field, message) in LedgerRules.ValidateLedger(form.Title, form.Slug, taken))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return EditView(form);
        }

        var ledger = existing ?? db.Add(new WorkLedger { CreatedAt = clock.GetUtcNow().UtcDateTime }).Entity;
        ledger.Title = form.Title!.Trim();
        ledger.Slug = form.Slug;
        ledger.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        ledger.IsPublic = form.IsPublic;
        await db.SaveChangesAsync();
        audit.Record(existing is null ? "创建" : "修改", "工作台账", ledger.Id.ToString(), $"《{ledger.Title}》{(ledger.IsPublic ? "（公开）" : "（不公开）")}");
        await db.SaveChangesAsync();
        await search.QueueLedgerAsync(ledger.Id);
        await cache.EvictAsync();
        TempData["Message"] = $"台账“{ledger.Title}”已保存。";
        return Redirect($"/admin/ledger/{ledger.Id}");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        var ledger = await db.Set<WorkLedger>().FindAsync(id);
        if (ledger is null)
        {
            return NotFound();
        }

        if (await db.Set<LedgerTask>().AnyAsync(t => t.LedgerId == id))
        {
            TempData["Error"] = $"台账“{ledger.Title}”中还有工作任务，不能删除。";
            return Redirect($"/admin/ledger/{id}");
        }

        db.Remove(ledger);
        audit.Record("删除", "工作台账", id.ToString(), $"《{ledger.Title}》");
        await db.SaveChangesAsync();
        await cache.EvictAsync();
        TempData["Message"] = $"台账“{ledger.Title}”已删除。";
        return Redirect("/admin/ledger");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, int? areaId, LedgerStatus? status, string? q)
    {
        var ledger = await queries.Ledgers.FirstOrDefaultAsync(l => l.Id == id);
        if (ledger is null)
        {
            return NotFound();
        }

        ViewData["Title"] = ledger.Title;
        return View(new LedgerAdminPage(await queries.SnapshotAsync(ledger), new LedgerAdminFilter(areaId, status, q)));
    }

    [HttpPost("{id:int}/areas")]
    public async Task<IActionResult> AddArea(int id, string? name, int sortOrder)
    {
        var ledger = await db.Set<WorkLedger>().FindAsync(id);
        if (ledger is null)
        {
            return NotFound();
        }

        var others = await db.Set<LedgerArea>().Where(a => a.LedgerId == id).Select(a => a.Name).ToListAsync();
        if (LedgerRules.ValidateArea(name, others) is { } error)
        {
            TempData["Error"] = error;
            return Redirect($"/admin/ledger/{id}#areas");
        }

        var area = db.Add(new LedgerArea { LedgerId = id, Name = name!.Trim(), SortOrder = sortOrder }).Entity;
        await db.SaveChangesAsync();
        audit.Record("创建", "台账方面", area.Id.ToString(), $"《{ledger.Title}》：{area.Name}");
        await db.SaveChangesAsync();
        await cache.EvictAsync();
        TempData["Message"] = $"已添加方面“{area.Name}”。";
        return Redirect($"/admin/ledger/{id}#areas");
    }

    [HttpPost("areas/{areaId:int}")]
    public async Task<IActionResult> SaveArea(int areaId, string? name, int sortOrder)
    {
        var area = await db.Set<LedgerArea>().FindAsync(areaId);
        if (area is null)
        {
            return NotFound();
        }

        var others = await db.Set<LedgerArea>().Where(a => a.LedgerId == area.LedgerId && a.Id != areaId).Select(a => a.Name).ToListAsync();
        if (LedgerRules.ValidateArea(name, others) is { } error)
        {
            TempData["Error"] = error;
            return Redirect($"/admin/ledger/{area.LedgerId}#areas");
        }

        var old = area.Name;
        area.Name = name!.Trim();
        area.SortOrder = sortOrder;
        audit.Record("修改", "台账方面", area.Id.ToString(), old == area.Name ? area.Name : $"{old} → {area.Name}");
        await db.SaveChangesAsync();
        await search.QueueLedgerAsync(area.LedgerId);
        await cache.EvictAsync();
        TempData["Message"] = $"方面“{area.Name}”已保存。";
        return Redirect($"/admin/ledger/{area.LedgerId}#areas");
    }

    [HttpPost("areas/{areaId:int}/delete")]
    public async Task<IActionResult> DeleteArea(int areaId)
    {
        var area = await db.Set<LedgerArea>().FindAsync(areaId);
        if (area is null)
        {
            return NotFound();
        }

        if (await db.Set<LedgerTask>().AnyAsync(t => t.AreaId == areaId))
        {
            TempData["Error"] = $"方面“{area.Name}”下还有工作任务，不能删除。请先把任务移到其他方面。";
            return Redirect($"/admin/ledger/{area.LedgerId}#areas");
        }

        db.Remove(area);
        audit.Record("删除", "台账方面", areaId.ToString(), area.Name);
        await db.SaveChangesAsync();
        await cache.EvictAsync();
        TempData["Message"] = $"方面“{area.Name}”已删除。";
        return Redirect($"/admin/ledger/{area.LedgerId}#areas");
    }

    [HttpGet("{id:int}/export")]
    public async Task<IActionResult> Export(int id)
    {
        var ledger = await queries.Ledgers.FirstOrDefaultAsync(l => l.Id == id);
        return ledger is null ? NotFound() : File(await workbook.ExportAsync(ledger), WorkbookFormat.ContentType, $"{ledger.Title}.xlsx");
    }

    [HttpGet("{id:int}/import")]
    public async Task<IActionResult> Import(int id)
    {
        var ledger = await queries.Ledgers.FirstOrDefaultAsync(l => l.Id == id);
        ViewData["Title"] = "导入工作任务";
        return ledger is null ? NotFound() : View(new ImportPage(ledger, null, null));
    }

    [HttpPost("{id:int}/import")]
    [RequestSizeLimit(LedgerImporter.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(int id, IFormFile? file)
    {
        var ledger = await queries.Ledgers.FirstOrDefaultAsync(l => l.Id == id);
        if (ledger is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "导入工作任务";
        if (file is null || file.Length == 0)
        {
            return View(new ImportPage(ledger, ImportReport.Failed(new ImportProblem("文件", 0, "请选择要导入的 Excel 文件（.xlsx）。")), null));
        }

        if (file.Length > LedgerImporter.MaxBytes)
        {
            return View(new ImportPage(ledger, ImportReport.Failed(new ImportProblem("文件", 0, "文件太大：导入的表格不能超过 5 MB。")), file.FileName));
        }

        await using var stream = file.OpenReadStream();
        return View(new ImportPage(ledger, await importer.ImportAsync(ledger, stream), file.FileName));
    }

    private ViewResult EditView(LedgerEditModel form)
    {
        ViewData["Title"] = form.Id is null ? "新建台账" : "编辑台账";
        return View("Edit", form);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Core.Hosting;
using Portal.Ledger.Models;
using Portal.Ledger.Services;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Controllers;

/// <summary>The public dashboard: ledgers, areas and tasks with their public timeline. Internal notes never appear here.</summary>
public sealed class LedgerController(LedgerQueries queries, TaskTimeline timeline, TaskLinks links, PortalDbContext db, IFileStore files) : Controller
{
    [HttpGet("ledger")]
    [HttpHead("ledger")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "工作台账";
        return View(await queries.SnapshotsAsync(publicOnly: true));
    }

    [HttpGet("ledger/{slug}")]
    [HttpHead("ledger/{slug}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Show(string slug)
    {
        var ledger = await queries.FindPublicAsync(slug);
        if (ledger is null)
        {
            return NotFound();
        }

        ViewData["Title"] = ledger.Title;
        return View(await queries.SnapshotAsync(ledger));
    }

    [HttpGet("ledger/{slug}/areas/{areaId:int}")]
    [HttpHead("ledger/{slug}/areas/{areaId:int}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Area(string slug, int areaId)
    {
        var ledger = await queries.FindPublicAsync(slug);
        var snapshot = ledger is null ? null : await queries.SnapshotAsync(ledger);
        if (snapshot?.Area(areaId) is not { } area)
        {
            return NotFound();
        }

        ViewData["Title"] = $"{area.Name} - {snapshot.Ledger.Title}";
        return View(new AreaPage(snapshot, area));
    }

    [HttpGet("ledger/{slug}/tasks/{number:int}")]
    [HttpHead("ledger/{slug}/tasks/{number:int}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> ShowTask(string slug, int number)
    {
        var ledger = await queries.FindPublicAsync(slug);
        var snapshot = ledger is null ? null : await queries.SnapshotAsync(ledger);
        if (snapshot?.Tasks.FirstOrDefault(t => t.Number == number) is not { } row)
        {
            return NotFound();
        }

        var task = await db.Set<LedgerTask>().AsNoTracking().Include(t => t.SubTasks).FirstAsync(t => t.Id == row.Id);
        ViewData["Title"] = $"第 {row.Number} 项 {row.Title}";
        return View(new TaskPage(snapshot, row, task.Description, task.SubTasks.OrderBy(s => s.SortOrder).ToList(),
            await links.ForAsync(task.Id, publishedOnly: true), await timeline.ForAsync(task.Id, publicOnly: true)));
    }

    /// <summary>An attachment of a public note of a public ledger; any other answers 404, as if it did not exist.</summary>
    [HttpGet("ledger/files/{id:long}")]
    public async Task<IActionResult> Attachment(long id)
    {
        var attachment = await (
            from a in db.Set<UpdateAttachment>().AsNoTracking()
            join u in db.Set<ProgressUpdate>() on a.UpdateId equals u.Id
            join t in db.Set<LedgerTask>() on u.TaskId equals t.Id
            join l in db.Set<WorkLedger>() on t.LedgerId equals l.Id
            where a.Id == id && u.IsPublic && l.IsPublic
            select a).FirstOrDefaultAsync();
        return attachment is not null && files.OpenRead(attachment.FileKey) is { } stream
            ? File(stream, attachment.Kind.ContentType(), attachment.FileName)
            : NotFound();
    }
}

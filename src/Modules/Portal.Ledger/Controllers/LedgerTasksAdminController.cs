using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Core.Security;
using Portal.Ledger.Models;
using Portal.Ledger.Services;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Controllers;

/// <summary>
/// A task's admin page: owners report progress on their own tasks; ledger managers also edit every field,
/// manage sub-tasks and links. Every change carries the concurrency stamp its form showed.
/// </summary>
[Route("admin/ledger/tasks")]
[RequirePermission(nameof(LedgerPermissions.UpdateOwnLedgerTasks))]
public sealed class LedgerTasksAdminController(
    PortalDbContext db,
    LedgerQueries queries,
    TaskEditor editor,
    TaskAccess access,
    TaskLinks links,
    TaskTimeline timeline,
    IFileStore files) : Controller
{
    [HttpGet("mine")]
    public async Task<IActionResult> Mine()
    {
        ViewData["Title"] = "我负责的任务";
        return View(new MyTasksPage(await queries.OwnedByAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "")));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var task = await editor.FindAsync(id);
        if (task is null)
        {
            return NotFound();
        }

        return await access.CanUpdateAsync(User, task)
            ? await WorkspaceAsync(task, ProgressReportModel.From(task), conflict: false)
            : Denial.NotYourTask(this);
    }

    [HttpPost("{id:int}/report")]
    [RequestSizeLimit(60 * 1024 * 1024)]
    public async Task<IActionResult> Report(int id, ProgressReportModel form, List<IFormFile>? attachments)
    {
        var task = await editor.FindAsync(id);
        if (task is null)
        {
            return NotFound();
        }

        if (!await access.CanUpdateAsync(User, task))
        {
            return Denial.NotYourTask(this);
        }

        if (!ModelState.IsValid)
        {
            return await WorkspaceAsync(task, form, conflict: false);
        }

        var uploads = (attachments ?? []).Where(f => f.Length > 0).ToList();
        var streams = uploads.Select(f => f.OpenReadStream()).ToList();
        try
        {
            var outcome = await editor.ReportAsync(id, form.ConcurrencyStamp, form.ToReport(),
                uploads.Zip(streams, (f, s) => new IncomingFile(f.FileName, s)).ToList());
            return await AfterAsync(id, outcome, form, uploads.Count, "进展已提交。");
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    [HttpPost("{id:int}/subtasks")]
    public async Task<IActionResult> AddSubTask(int id, Guid concurrencyStamp, string? title, int progress) =>
        await GuardedAsync(id, () => editor.AddSubTaskAsync(id, concurrencyStamp, title, progress), "已添加子任务。");

    [HttpPost("{id:int}/subtasks/{subTaskId:int}")]
    public async Task<IActionResult> SaveSubTask(int id, int subTaskId, Guid concurrencyStamp, string? title, int progress) =>
        await GuardedAsync(id, () => editor.SaveSubTaskAsync(id, concurrencyStamp, subTaskId, title, progress), "子任务已保存。");

    [HttpPost("{id:int}/subtasks/{subTaskId:int}/delete")]
    public async Task<IActionResult> DeleteSubTask(int id, int subTaskId, Guid concurrencyStamp) =>
        await GuardedAsync(id, () => editor.DeleteSubTaskAsync(id, concurrencyStamp, subTaskId), "子任务已删除。");

    /// <summary>An attachment of a task the user may update, public or internal.</summary>
    [HttpGet("files/{attachmentId:long}")]
    public async Task<IActionResult> Attachment(long attachmentId)
    {
        var found = await (
            from a in db.Set<UpdateAttachment>().AsNoTracking()
            join u in db.Set<ProgressUpdate>() on a.UpdateId equals u.Id
            join t in db.Set<LedgerTask>() on u.TaskId equals t.Id
            where a.Id == attachmentId
            select new { Attachment = a, Task = t }).FirstOrDefaultAsync();
        if (found is null)
        {
            return NotFound();
        }

        if (!await access.CanUpdateAsync(User, found.Task))
        {
            return Denial.NotYourTask(this);
        }

        return files.OpenRead(found.Attachment.FileKey) is { } stream
            ? File(stream, found.Attachment.Kind.ContentType(), found.Attachment.FileName)
            : NotFound();
    }

    [HttpGet("create")]
    [RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
    public async Task<IActionResult> Create(int ledgerId, int? areaId)
    {
        var ledger = await queries.Ledgers.FirstOrDefaultAsync(l => l.Id == ledgerId);
        if (ledger is null)
        {
            return NotFound();
        }

        var next = (await db.Set<LedgerTask>().Where(t => t.LedgerId == ledgerId).MaxAsync(t => (int?)t.Number) ?? 0) + 1;
        return await EditViewAsync(ledger, new TaskEditModel { AreaId = areaId ?? 0, Number = next, StartDate = queries.Today, Deadline = queries.Today }, conflict: false);
    }

    [HttpPost("create")]
    [RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
    public async Task<IActionResult> Create(int ledgerId, TaskEditModel form)
    {
        var ledger = await queries.Ledgers.FirstOrDefaultAsync(l => l.Id == ledgerId);
        if (ledger is null)
        {
            return NotFound();
        }

        form.Id = null;
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(ledger, form, conflict: false);
        }

        var outcome = await editor.CreateAsync(ledgerId, form.ToInput());
        if (!outcome.Succeeded)
        {
            AddErrors(outcome);
            return await EditViewAsync(ledger, form, conflict: false);
        }

        TempData["Message"] = $"已创建第 {outcome.Task!.Number} 项任务。";
        return Redirect($"/admin/ledger/tasks/{outcome.Task.Id}");
    }

    [HttpGet("{id:int}/edit")]
    [RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
    public async Task<IActionResult> Edit(int id)
    {
        var task = await editor.FindAsync(id);
        var ledger = task is null ? null : await queries.Ledgers.FirstAsync(l => l.Id == task.LedgerId);
        return task is null ? NotFound() : await EditViewAsync(ledger!, TaskEditModel.From(task), conflict: false);
    }

    [HttpPost("{id:int}/edit")]
    [RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
    public async Task<IActionResult> Edit(int id, TaskEditModel form)
    {
        var task = await editor.FindAsync(id);
        if (task is null)
        {
            return NotFound();
        }

        var ledger = await queries.Ledgers.FirstAsync(l => l.Id == task.LedgerId);
        form.Id = id;
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(ledger, form, conflict: false);
        }

        var outcome = await editor.SaveAsync(id, form.ConcurrencyStamp, form.ToInput());
        switch (outcome.Kind)
        {
            case EditOutcomeKind.Ok:
                TempData["Message"] = "任务已保存。";
                return Redirect($"/admin/ledger/tasks/{id}");
            case EditOutcomeKind.NotFound:
                return NotFound();
            case EditOutcomeKind.Conflict:
                AddErrors(outcome);
                ModelState.Remove(nameof(form.ConcurrencyStamp));
                form.ConcurrencyStamp = outcome.Task!.ConcurrencyStamp;
                return await EditViewAsync(ledger, form, conflict: true);
            default:
                AddErrors(outcome);
                return await EditViewAsync(ledger, form, conflict: false);
        }
    }

    [HttpPost("{id:int}/delete")]
    [RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
    public async Task<IActionResult> Delete(int id, Guid concurrencyStamp)
    {
        var task = await editor.FindAsync(id);
        if (task is null)
        {
            return NotFound();
        }

        var outcome = await editor.DeleteAsync(id, concurrencyStamp);
        if (!outcome.Succeeded)
        {
            TempData["Error"] = outcome.Errors[0].Message;
            return Redirect($"/admin/ledger/tasks/{id}");
        }

        TempData["Message"] = $"已删除第 {task.Number} 项任务“{task.Title}”。";
        return Redirect($"/admin/ledger/{task.LedgerId}");
    }

    [HttpPost("{id:int}/links")]
    [RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
    public async Task<IActionResult> AddLink(int id, string? article)
    {
        var task = await editor.FindAsync(id);
        if (task is null)
        {
            return NotFound();
        }

        if (await links.AddAsync(task, article) is { } error)
        {
            TempData["Error"] = error;
        }
        else
        {
            TempData["Message"] = "已关联文章。";
        }

        return Redirect($"/admin/ledger/tasks/{id}#news");
    }

    [HttpPost("{id:int}/links/{contentItemId:long}/delete")]
    [RequirePermission(nameof(LedgerPermissions.ManageLedgers))]
    public async Task<IActionResult> RemoveLink(int id, long contentItemId)
    {
        var task = await editor.FindAsync(id);
        if (task is null || !await links.RemoveAsync(task, contentItemId))
        {
            return NotFound();
        }

        TempData["Message"] = "已取消关联。";
        return Redirect($"/admin/ledger/tasks/{id}#news");
    }

    private async Task<IActionResult> GuardedAsync(int id, Func<Task<EditOutcome>> change, string done)
    {
        var task = await editor.FindAsync(id);
        if (task is null)
        {
            return NotFound();
        }

        if (!await access.CanUpdateAsync(User, task))
        {
            return Denial.NotYourTask(this);
        }

        var form = ProgressReportModel.From(task);
        return await AfterAsync(id, await change(), form, 0, done);
    }

    private async Task<IActionResult> AfterAsync(int id, EditOutcome outcome, ProgressReportModel form, int attachmentCount, string done)
    {
        switch (outcome.Kind)
        {
            case EditOutcomeKind.Ok:
                TempData["Message"] = done;
                return Redirect($"/admin/ledger/tasks/{outcome.Task!.Id}");
            case EditOutcomeKind.NotFound:
                return NotFound();
        }

        AddErrors(outcome);
        if (attachmentCount > 0)
        {
            ModelState.AddModelError("", $"所选的 {attachmentCount} 个附件未保存，请重新选择后再提交。");
        }

        // A refused change may have touched the tracked task before it was refused: show the task as stored.
        db.ChangeTracker.Clear();
        var current = await editor.FindAsync(id);
        if (current is null)
        {
            return NotFound();
        }

        var conflict = outcome.Kind == EditOutcomeKind.Conflict;
        if (conflict)
        {
            // What the person typed stays; the stamp moves on, so submitting again is a deliberate choice made after seeing the latest.
            ModelState.Remove(nameof(form.ConcurrencyStamp));
            form.ConcurrencyStamp = current.ConcurrencyStamp;
        }

        return await WorkspaceAsync(current, form, conflict);
    }

    private async Task<IActionResult> WorkspaceAsync(LedgerTask task, ProgressReportModel form, bool conflict)
    {
        var ledger = await queries.Ledgers.FirstAsync(l => l.Id == task.LedgerId);
        var snapshot = await queries.SnapshotAsync(ledger);
        ViewData["Title"] = $"第 {task.Number} 项 {task.Title}";
        return View("Show", new TaskWorkspace(snapshot, task, snapshot.Tasks.First(t => t.Id == task.Id), form,
            await links.ForAsync(task.Id, publishedOnly: false), await timeline.ForAsync(task.Id, publicOnly: false),
            await access.CanManageAsync(User), conflict));
    }

    private async Task<IActionResult> EditViewAsync(WorkLedger ledger, TaskEditModel form, bool conflict)
    {
        ViewData["Title"] = form.Id is null ? "新建工作任务" : "编辑工作任务";
        var areas = await db.Set<LedgerArea>().AsNoTracking().Where(a => a.LedgerId == ledger.Id).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync();
        return View("Edit", new TaskEditPage(ledger, areas, await queries.CandidatesAsync(), form, conflict));
    }

    private void AddErrors(EditOutcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}

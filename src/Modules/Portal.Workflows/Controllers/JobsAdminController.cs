using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Portal.Workflows.Services;
using Portal.Workflows.ViewModels;
using Quartz;

namespace Portal.Workflows.Controllers;

/// <summary>What the scheduler runs and when, the entries parked after their last attempt, the failures, and the mail outbox.</summary>
[Route("admin/jobs")]
[RequirePermission(nameof(WorkflowsPermissions.ManageWorkflows))]
public sealed class JobsAdminController(ISchedulerFactory schedulers, PortalDbContext db, ParkedEntries parked, IAuditLog audit) : Controller
{
    private const int Shown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var scheduler = await schedulers.GetScheduler();
        var jobs = new List<JobRow>();
        foreach (var (key, title) in PortalJobs.All)
        {
            var trigger = await scheduler.GetTrigger(new TriggerKey(key.Name, key.Group));
            jobs.Add(new JobRow(title, key.Name, trigger?.PreviousFireTimeUtc?.UtcDateTime, trigger?.NextFireTimeUtc?.UtcDateTime));
        }

        var mails = db.Set<OutboxMail>().AsNoTracking();
        ViewData["Title"] = "定时任务与邮件";
        return View(new JobsPage(
            jobs,
            await parked.ListAsync(Shown),
            await db.Set<JobFailure>().AsNoTracking().OrderByDescending(f => f.FailedAt).ThenByDescending(f => f.Id).Take(Shown).ToListAsync(),
            await mails.Where(m => m.Status != OutboxStatus.Sent).OrderByDescending(m => m.Status).ThenBy(m => m.NextAttemptAt).Take(Shown).ToListAsync(),
            await mails.CountAsync(m => m.Status == OutboxStatus.Pending),
            await mails.CountAsync(m => m.Status == OutboxStatus.Failed)));
    }

    /// <summary>Runs a job at once, outside its schedule: after a failed run, say, rather than waiting for the next.</summary>
    [HttpPost("{name}/run")]
    public async Task<IActionResult> Run(string name)
    {
        if (PortalJobs.All.FirstOrDefault(job => job.Key.Name == name) is not ({ } key, var title))
        {
            return NotFound();
        }

        await (await schedulers.GetScheduler()).TriggerJob(key);
        audit.Record("立即运行任务", "定时任务", title, title);
        await db.SaveChangesAsync();
        TempData["Message"] = $"“{title}”已开始运行，稍后刷新本页查看结果。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("items/{id:long}/retry")]
    public async Task<IActionResult> RetryItem(long id)
    {
        if (await parked.RetryItemAsync(id) is not { } job)
        {
            return NotFound();
        }

        TempData["Message"] = $"已重新排入，“{job}”下一次运行时再试。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("runs/{id:long}/retry")]
    public async Task<IActionResult> RetryRun(long id)
    {
        if (!await parked.RetryRunAsync(id))
        {
            return NotFound();
        }

        TempData["Message"] = $"已重新排入，“{PortalJobs.RulesTitle}”下一次运行时再试。";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("mails/{id:long}/retry")]
    public async Task<IActionResult> Retry(long id)
    {
        if (!await parked.RetryMailAsync(id))
        {
            return NotFound();
        }

        TempData["Message"] = "已重新放入发送队列。";
        return RedirectToAction(nameof(Index));
    }
}

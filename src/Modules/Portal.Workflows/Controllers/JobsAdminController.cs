using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Portal.Workflows.Services;
using Portal.Workflows.ViewModels;
using Quartz;

namespace Portal.Workflows.Controllers;

/// <summary>What the scheduler runs and when, the jobs that failed, and the mail outbox.</summary>
[Route("admin/jobs")]
[RequirePermission(nameof(WorkflowsPermissions.ManageWorkflows))]
public sealed class JobsAdminController(ISchedulerFactory schedulers, PortalDbContext db, OutboxSender outbox) : Controller
{
    private const int Shown = 50;

    private static readonly (string Title, TriggerKey Trigger)[] Jobs =
    [
        ("定时发布", new TriggerKey(PortalJobs.ScheduledPublishing.Name, PortalJobs.ScheduledPublishing.Group)),
        ("邮件发送", new TriggerKey(PortalJobs.MailOutbox.Name, PortalJobs.MailOutbox.Group)),
        ("工作台账提醒", new TriggerKey(PortalJobs.LedgerReminders.Name, PortalJobs.LedgerReminders.Group)),
        ("规则检查", new TriggerKey(PortalJobs.Rules.Name, PortalJobs.Rules.Group)),
    ];

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var scheduler = await schedulers.GetScheduler();
        var jobs = new List<JobRow>();
        foreach (var (title, key) in Jobs)
        {
            var trigger = await scheduler.GetTrigger(key);
            jobs.Add(new JobRow(title, trigger?.PreviousFireTimeUtc?.UtcDateTime, trigger?.NextFireTimeUtc?.UtcDateTime));
        }

        var mails = db.Set<OutboxMail>().AsNoTracking();
        ViewData["Title"] = "定时任务与邮件";
        return View(new JobsPage(
            jobs,
            await db.Set<JobFailure>().AsNoTracking().OrderByDescending(f => f.FailedAt).ThenByDescending(f => f.Id).Take(Shown).ToListAsync(),
            await mails.Where(m => m.Status != OutboxStatus.Sent).OrderByDescending(m => m.Status).ThenBy(m => m.NextAttemptAt).Take(Shown).ToListAsync(),
            await mails.CountAsync(m => m.Status == OutboxStatus.Pending),
            await mails.CountAsync(m => m.Status == OutboxStatus.Failed)));
    }

    [HttpPost("mails/{id:long}/retry")]
    public async Task<IActionResult> Retry(long id)
    {
        if (!await outbox.RetryAsync(id))
        {
            return NotFound();
        }

        TempData["Message"] = "已重新放入发送队列。";
        return RedirectToAction(nameof(Index));
    }
}

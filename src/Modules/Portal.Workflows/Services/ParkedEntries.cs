using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Services;

/// <summary>
/// The jobs' entries that failed and wait: items of a job (a scheduled publication, a rule's check) and runs of rules,
/// either waiting for their next attempt or parked after their last; and an administrator's retry of a parked one,
/// of a failed mail too, each audited.
/// </summary>
public sealed class ParkedEntries(PortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    private const string AuditType = "定时任务";

    /// <summary>Failures of items of a job, one row per attempt.</summary>
    private IQueryable<JobFailure> ItemFailures => db.Set<JobFailure>().AsNoTracking().Where(f => f.JobName.Contains(JobItemNames.Separator));

    /// <summary>Failed runs of rules that can still run: a rule since switched off or deleted runs no more.</summary>
    private IQueryable<RuleRun> FailedRuns => db.Set<RuleRun>().AsNoTracking().Where(r => r.Outcome == RuleRunOutcome.Failed
        && db.Set<WorkflowRule>().Any(w => w.Id == r.RuleId && w.Enabled && w.Trigger == r.Trigger));

    public async Task<int> WaitingCountAsync(CancellationToken cancellationToken = default)
    {
        var items = await ItemFailures.Select(f => f.JobName).Distinct().CountAsync(cancellationToken)
            - await ItemFailures.CountAsync(f => f.GaveUp, cancellationToken);
        return items + await FailedRuns.CountAsync(r => r.Attempts < RuleRunRules.MaxAttempts, cancellationToken);
    }

    public async Task<int> ParkedCountAsync(CancellationToken cancellationToken = default) =>
        await ItemFailures.CountAsync(f => f.GaveUp, cancellationToken)
        + await FailedRuns.CountAsync(r => r.Attempts >= RuleRunRules.MaxAttempts, cancellationToken);

    /// <summary>The parked entries, the latest failure first.</summary>
    public async Task<List<ParkedEntry>> ListAsync(int count)
    {
        var items = (await ItemFailures.Where(f => f.GaveUp).OrderByDescending(f => f.FailedAt).Take(count).ToListAsync())
            .Select(f => new ParkedEntry(JobItemNames.JobOf(f.JobName), f.JobName[JobItemNames.Prefix(JobItemNames.JobOf(f.JobName)).Length..],
                f.Attempt, f.FailedAt, f.Error, $"/admin/jobs/items/{f.Id}/retry"));
        var runs = (await FailedRuns.Where(r => r.Attempts >= RuleRunRules.MaxAttempts).OrderByDescending(r => r.FinishedAt).Take(count).ToListAsync())
            .Select(r => new ParkedEntry(PortalJobs.RulesTitle, $"规则《{r.RuleName}》：{r.Subject}", r.Attempts, r.FinishedAt ?? r.StartedAt,
                r.Error ?? "", $"/admin/jobs/runs/{r.Id}/retry"));
        return items.Concat(runs).OrderByDescending(e => e.FailedAt).Take(count).ToList();
    }

    /// <summary>A parked item of a job loses its failures, so that the job's next run takes it up with a fresh round of attempts.</summary>
    public async Task<string?> RetryItemAsync(long failureId)
    {
        var failure = await ItemFailures.FirstOrDefaultAsync(f => f.Id == failureId && f.GaveUp);
        if (failure is null)
        {
            return null;
        }

        db.RemoveRange(await db.Set<JobFailure>().Where(f => f.JobName == failure.JobName).ToListAsync());
        audit.Record("重试任务项", AuditType, failure.JobName, $"{failure.JobName}，上次错误：{failure.Error}");
        await db.SaveChangesAsync();
        return JobItemNames.JobOf(failure.JobName);
    }

    /// <summary>A parked run of a rule gets a fresh round of attempts, the first at the next check of the rules.</summary>
    public async Task<bool> RetryRunAsync(long runId)
    {
        var run = await FailedRuns.AsTracking().FirstOrDefaultAsync(r => r.Id == runId && r.Attempts >= RuleRunRules.MaxAttempts);
        if (run is null)
        {
            return false;
        }

        run.Attempts = 0;
        audit.Record("重试规则运行", AuditType, $"规则运行 {run.Id}", $"规则《{run.RuleName}》：{run.Subject}，上次错误：{run.Error}");
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>A failed mail gets a fresh round of attempts, the first at the outbox's next run.</summary>
    public async Task<bool> RetryMailAsync(long id)
    {
        var mail = await db.Set<OutboxMail>().FirstOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Failed);
        if (mail is null)
        {
            return false;
        }

        mail.Status = OutboxStatus.Pending;
        mail.Attempts = 0;
        mail.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("重新发送邮件", AuditType, $"邮件 {mail.Id}", $"发给 {mail.ToAddress} 的《{mail.Subject}》，上次错误：{mail.LastError}");
        await db.SaveChangesAsync();
        return true;
    }
}

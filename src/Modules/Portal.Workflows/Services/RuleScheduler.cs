using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Checks the timed rules (contest closing, task due or overdue, schedule) and runs each on every occasion that has
/// come, then tries again the failed runs, whatever raised them, once their pause is over. Each rule is checked on its
/// own and each occasion runs on its own, so one that fails stops neither the others nor the rest of the check. Run by
/// a clustered job; the run log's claim keeps an occasion from running twice, also across nodes.
/// </summary>
public sealed class RuleScheduler(
    PortalDbContext db,
    RuleRunner runner,
    RuleSubjects subjects,
    JobItemRunner items,
    TimeProvider clock,
    ILogger<RuleScheduler> logger)
{
    private static readonly List<RuleTrigger> TimedTriggers = [.. RuleTriggers.All.Where(RuleTriggers.IsTimed)];

    /// <returns>How many runs were made.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var rules = await db.Set<WorkflowRule>().AsNoTracking().Where(r => r.Enabled && TimedTriggers.Contains(r.Trigger)).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var runs = 0;
        await items.RunAsync(PortalJobs.RulesTitle,
            rules.Select(rule => new JobItem($"规则 {rule.Id}", $"规则《{rule.Name}》", async (_, token) => runs += await RunNewOccasionsAsync(rule, token)))
                .ToList(),
            cancellationToken);
        return runs + await RetryFailedRunsAsync(cancellationToken);
    }

    private async Task<int> RunNewOccasionsAsync(WorkflowRule rule, CancellationToken cancellationToken)
    {
        var occasions = (await OccasionsAsync(rule, cancellationToken)).Where(o => RuleConditions.Match(rule, o.Subject)).ToList();
        var taken = await TakenAsync(rule.Id, occasions.Select(o => o.Occasion).ToList(), cancellationToken);
        var runs = 0;
        foreach (var (subject, occasion) in occasions.Where(o => !taken.Contains(o.Occasion)))
        {
            if (await runner.RunAsync(rule, subject, occasion, cancellationToken))
            {
                runs++;
            }
        }

        return runs;
    }

    /// <summary>
    /// A failed run is tried again with its subject read afresh, so that fixing the rule (or what it points at) is enough:
    /// a run raised by a change happens only once otherwise, and an occasion of a timed rule may have passed meanwhile.
    /// </summary>
    private async Task<int> RetryFailedRunsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var failed = (await db.Set<RuleRun>().AsNoTracking()
                .Where(r => r.Outcome == RuleRunOutcome.Failed && r.Attempts < RuleRunRules.MaxAttempts)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => RuleRunRules.DueAgain(r.Outcome, r.Attempts, r.FinishedAt ?? r.StartedAt, now))
            .ToList();
        var ruleIds = failed.Select(r => r.RuleId).Distinct().ToList();
        var rules = await db.Set<WorkflowRule>().AsNoTracking().Where(r => r.Enabled && ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var runs = 0;
        foreach (var run in failed)
        {
            if (rules.GetValueOrDefault(run.RuleId) is not { } rule || rule.Trigger != run.Trigger)
            {
                continue;
            }

            try
            {
                if (await subjects.ForOccasionAsync(run.Trigger, run.Occasion) is { } subject && RuleConditions.Match(rule, subject)
                    && await runner.RunAsync(rule, subject, run.Occasion, cancellationToken))
                {
                    runs++;
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The run's subject could not be read: the run stays as it was and is tried again at the next check.
                logger.LogError(exception, "The failed run {RunId} of rule {RuleId} could not be tried again.", run.Id, rule.Id);
            }
        }

        return runs;
    }

    /// <summary>The occasions already run, whatever came of them, read at once rather than one by one.</summary>
    private async Task<HashSet<string>> TakenAsync(int ruleId, List<string> occasions, CancellationToken cancellationToken) =>
        (await db.Set<RuleRun>().AsNoTracking().Where(r => r.RuleId == ruleId && occasions.Contains(r.Occasion))
            .Select(r => r.Occasion).ToListAsync(cancellationToken)).ToHashSet();

    private async Task<List<(RuleSubject Subject, string Occasion)>> OccasionsAsync(WorkflowRule rule, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = new List<(RuleSubject, string)>();
        switch (rule.Trigger)
        {
            case RuleTrigger.ContestClosing:
                var horizon = now.AddDays(rule.DaysBefore ?? 0);
                var closing = await db.Set<Contest>().AsNoTracking().Where(c => c.ClosesAt > now && c.ClosesAt <= horizon)
                    .Select(c => new { c.Id, c.ClosesAt }).ToListAsync(cancellationToken);
                foreach (var contest in closing)
                {
                    if (RuleOccasions.ContestClosing(contest.Id, contest.ClosesAt, rule.DaysBefore ?? 0, now) is { } occasion
                        && await subjects.ForContestAsync(contest.Id) is { } subject)
                    {
                        found.Add((subject, occasion));
                    }
                }

                break;
            case RuleTrigger.TaskDueSoon or RuleTrigger.TaskOverdue:
                var today = BeijingDay.Today(clock);
                var last = rule.Trigger == RuleTrigger.TaskDueSoon ? today.AddDays(rule.DaysBefore ?? 0) : today.AddDays(-1);
                var tasks = await db.Set<LedgerTask>().AsNoTracking()
                    .Where(t => t.Status != LedgerStatus.Done && t.Status != LedgerStatus.Paused && t.Deadline <= last)
                    .OrderBy(t => t.Deadline).ThenBy(t => t.Id).ToListAsync(cancellationToken);
                foreach (var task in tasks)
                {
                    var occasion = rule.Trigger == RuleTrigger.TaskDueSoon
                        ? RuleOccasions.TaskDueSoon(task.Id, task.Status, task.Deadline, rule.DaysBefore ?? 0, today)
                        : RuleOccasions.TaskOverdue(task.Id, task.Status, task.Deadline, today);
                    if (occasion is not null)
                    {
                        found.Add((RuleSubjects.ForTask(task), occasion));
                    }
                }

                break;
            case RuleTrigger.Schedule:
                if (RuleOccasions.ScheduleDue(rule.Schedule!, rule.ModifiedAt, now) is { } due)
                {
                    found.Add((RuleSubject.Nothing, RuleOccasions.Scheduled(due)));
                }

                break;
        }

        return found;
    }
}

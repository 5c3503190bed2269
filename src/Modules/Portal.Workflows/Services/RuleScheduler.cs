using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Checks the timed rules (contest closing, task due or overdue, schedule) and runs each on every occasion that has
/// come, and tries again the failed runs that changes raised. Run by a clustered job; the run log's claim keeps an
/// occasion from running twice, also across nodes.
/// </summary>
public sealed class RuleScheduler(PortalDbContext db, RuleRunner runner, RuleSubjects subjects, TimeProvider clock)
{
    private static readonly List<RuleTrigger> TimedTriggers = [.. RuleTriggers.All.Where(RuleTriggers.IsTimed)];

    /// <returns>How many runs were made.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var rules = await db.Set<WorkflowRule>().AsNoTracking().Where(r => r.Enabled && TimedTriggers.Contains(r.Trigger)).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var runs = 0;
        foreach (var rule in rules)
        {
            var occasions = (await OccasionsAsync(rule, cancellationToken)).Where(o => RuleConditions.Match(rule, o.Subject)).ToList();
            var settled = await SettledAsync(rule.Id, occasions.Select(o => o.Occasion).ToList(), cancellationToken);
            foreach (var (subject, occasion) in occasions.Where(o => !settled.Contains(o.Occasion)))
            {
                if (await runner.RunAsync(rule, subject, occasion, cancellationToken))
                {
                    runs++;
                }
            }
        }

        return runs + await RetryChangeRunsAsync(cancellationToken);
    }

    /// <summary>
    /// A run raised by a change happens once, when the change is saved; when it failed (a rule pointing at a ledger area
    /// since removed, say) it is tried again here with the subject read afresh, so that fixing the rule is enough.
    /// </summary>
    private async Task<int> RetryChangeRunsAsync(CancellationToken cancellationToken)
    {
        var failed = await db.Set<RuleRun>().AsNoTracking()
            .Where(r => r.Outcome == RuleRunOutcome.Failed && r.Attempts < RuleRunRules.MaxAttempts && !TimedTriggers.Contains(r.Trigger))
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var ruleIds = failed.Select(r => r.RuleId).Distinct().ToList();
        var rules = await db.Set<WorkflowRule>().AsNoTracking().Where(r => r.Enabled && ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var runs = 0;
        foreach (var run in failed)
        {
            if (rules.GetValueOrDefault(run.RuleId) is { } rule && rule.Trigger == run.Trigger
                && await subjects.ForOccasionAsync(run.Trigger, run.Occasion) is { } subject && RuleConditions.Match(rule, subject)
                && await runner.RunAsync(rule, subject, run.Occasion, cancellationToken))
            {
                runs++;
            }
        }

        return runs;
    }

    /// <summary>The occasions already run that will not be tried again, read at once rather than one by one.</summary>
    private async Task<HashSet<string>> SettledAsync(int ruleId, List<string> occasions, CancellationToken cancellationToken)
    {
        var runs = await db.Set<RuleRun>().AsNoTracking().Where(r => r.RuleId == ruleId && occasions.Contains(r.Occasion))
            .Select(r => new { r.Occasion, r.Outcome, r.Attempts }).ToListAsync(cancellationToken);
        return runs.Where(r => !RuleRunRules.MayRetry(r.Outcome, r.Attempts)).Select(r => r.Occasion).ToHashSet();
    }

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

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Runs one rule on one occasion, at most once: the run is claimed by writing its log row first (unique per rule and
/// occasion), the actions run in a scope of their own, and the outcome or the error is written to the row. A failed
/// run is taken up again by <see cref="RuleScheduler"/> after a pause, up to <see cref="RuleRunRules.MaxAttempts"/> attempts.
/// </summary>
public sealed class RuleRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RuleRunner> logger)
{
    private static readonly AsyncLocal<bool> Running = new();

    /// <summary>True while a rule's actions run: what they change does not start other rules, so rules cannot loop.</summary>
    public static bool InsideRule => Running.Value;

    /// <returns>False when the occasion was already taken (by this node or another).</returns>
    public async Task<bool> RunAsync(WorkflowRule rule, RuleSubject subject, string occasion, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var run = await ClaimAsync(db, rule, subject, occasion, cancellationToken);
        if (run is null)
        {
            return false;
        }

        Running.Value = true;
        try
        {
            var done = await scope.ServiceProvider.GetRequiredService<RuleActions>().ExecuteAsync(rule, subject, cancellationToken);
            run.Outcome = RuleRunOutcome.Succeeded;
            run.Detail = string.Join("；", done).Clip(2000);
            run.Error = null;
            run.FinishedAt = Now;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            // A run stopped by the portal shutting down is recorded as failed too, so that it is tried again rather than left running.
            var interrupted = cancellationToken.IsCancellationRequested;
            if (!interrupted)
            {
                logger.LogWarning(exception, "Rule {RuleId} failed on {Occasion} (attempt {Attempt}).", rule.Id, occasion, run.Attempts);
            }

            db.ChangeTracker.Clear();
            var error = interrupted ? "运行因门户停止而中断。"
                : exception is RuleActionException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
            await db.Set<RuleRun>().Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Outcome, RuleRunOutcome.Failed)
                .SetProperty(r => r.Error, error.Clip(2000))
                .SetProperty(r => r.FinishedAt, Now), CancellationToken.None);
            if (interrupted)
            {
                throw;
            }
        }
        finally
        {
            Running.Value = false;
        }

        return true;
    }

    private async Task<RuleRun?> ClaimAsync(PortalDbContext db, WorkflowRule rule, RuleSubject subject, string occasion, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<RuleRun>().AsNoTracking().FirstOrDefaultAsync(r => r.RuleId == rule.Id && r.Occasion == occasion, cancellationToken);
        if (earlier is not null)
        {
            // Taken before: take it up again only when it failed and has attempts left, and only if no one else does at the same time.
            if (!RuleRunRules.MayRetry(earlier.Outcome, earlier.Attempts))
            {
                return null;
            }

            var taken = await db.Set<RuleRun>()
                .Where(r => r.Id == earlier.Id && r.Outcome == RuleRunOutcome.Failed && r.Attempts == earlier.Attempts)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.Outcome, RuleRunOutcome.Running)
                    .SetProperty(r => r.Attempts, earlier.Attempts + 1)
                    .SetProperty(r => r.StartedAt, Now), cancellationToken);
            return taken == 1 ? await db.Set<RuleRun>().FirstAsync(r => r.Id == earlier.Id, cancellationToken) : null;
        }

        var run = new RuleRun
        {
            RuleId = rule.Id,
            RuleName = rule.Name,
            Trigger = rule.Trigger,
            Occasion = occasion,
            Subject = subject.Description.Clip(300),
            Outcome = RuleRunOutcome.Running,
            Attempts = 1,
            StartedAt = Now,
        };
        db.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }
        catch (DbUpdateException)
        {
            // Another node or request claimed the same occasion a moment ago.
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Runs the enabled rules of a trigger that has just happened, each on its own. It never fails the change that raised
/// it: a rule that fails is logged in its run (and tried again later by <see cref="RuleScheduler"/>), and the change
/// stays saved, as do the runs of the other rules.
/// </summary>
public sealed class RuleEngine(PortalDbContext db, RuleRunner runner, ILogger<RuleEngine> logger)
{
    public async Task RaiseAsync(RuleTrigger trigger, Func<Task<RuleSubject?>> subject, string occasion, CancellationToken cancellationToken = default)
    {
        if (RuleRunner.InsideRule)
        {
            return;
        }

        try
        {
            var rules = await db.Set<WorkflowRule>().AsNoTracking().Where(r => r.Enabled && r.Trigger == trigger).OrderBy(r => r.Id)
                .ToListAsync(cancellationToken);
            if (rules.Count == 0 || await subject() is not { } found)
            {
                return;
            }

            foreach (var rule in rules.Where(r => RuleConditions.Match(r, found)))
            {
                try
                {
                    await runner.RunAsync(rule, found, occasion, cancellationToken);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "Rule {RuleId} could not start on {Occasion}.", rule.Id, occasion);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The rules of trigger {Trigger} could not run for {Occasion}.", trigger, occasion);
        }
    }
}

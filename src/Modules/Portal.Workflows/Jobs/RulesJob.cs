using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Workflows.Services;

namespace Portal.Workflows.Jobs;

/// <summary>Checks the timed rules: contests closing, ledger tasks due or overdue, scheduled rules.</summary>
internal sealed class RulesJob(RuleScheduler rules, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RulesJob> logger)
    : PortalJob(scopes, clock, logger)
{
    public override string Title => PortalJobs.RulesTitle;

    protected override async Task RunAsync(CancellationToken cancellationToken) =>
        logger.LogInformation("Timed rules: {Count} runs.", await rules.RunDueAsync(cancellationToken));
}

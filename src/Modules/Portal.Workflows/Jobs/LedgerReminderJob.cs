using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Ledger.Services;

namespace Portal.Workflows.Jobs;

/// <summary>The ledger's daily reminders to task owners and leaders, queued in the mail outbox.</summary>
internal sealed class LedgerReminderJob(ReminderService reminders, IServiceScopeFactory scopes, TimeProvider clock, ILogger<LedgerReminderJob> logger)
    : PortalJob(scopes, clock, logger)
{
    public override string Title => PortalJobs.LedgerRemindersTitle;

    protected override async Task RunAsync(CancellationToken cancellationToken) =>
        logger.LogInformation("Ledger reminders: {Count} queued.", await reminders.QueueDueRemindersAsync(cancellationToken));
}

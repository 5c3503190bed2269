using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Workflows.Services;

namespace Portal.Workflows.Jobs;

internal sealed class MailOutboxJob(OutboxSender sender, IServiceScopeFactory scopes, TimeProvider clock, ILogger<MailOutboxJob> logger)
    : PortalJob(scopes, clock, logger)
{
    public override string Title => PortalJobs.MailOutboxTitle;

    protected override Task RunAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);
}

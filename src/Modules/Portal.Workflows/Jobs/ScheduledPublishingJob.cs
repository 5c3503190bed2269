using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Workflows.Services;

namespace Portal.Workflows.Jobs;

/// <summary>Publishes scheduled items whose time has come, whether or not anyone visits the site.</summary>
internal sealed class ScheduledPublishingJob(ScheduledPublisher publisher, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingJob> logger)
    : PortalJob(scopes, clock, logger)
{
    public override string Title => PortalJobs.ScheduledPublishingTitle;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var handled = await publisher.PublishDueAsync(cancellationToken);
        if (handled > 0)
        {
            logger.LogInformation("Scheduled publishing: {Count} due items handled.", handled);
        }
    }
}

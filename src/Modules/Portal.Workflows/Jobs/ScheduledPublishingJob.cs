using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Contents.Services;

namespace Portal.Workflows.Jobs;

/// <summary>Publishes scheduled items whose time has come, whether or not anyone visits the site.</summary>
internal sealed class ScheduledPublishingJob(ContentManager contents, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingJob> logger)
    : PortalJob(scopes, clock, logger)
{
    public override string Title => "定时发布";

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var published = await contents.PublishDueAsync(cancellationToken);
        if (published > 0)
        {
            logger.LogInformation("Published {Count} scheduled content items.", published);
        }
    }
}

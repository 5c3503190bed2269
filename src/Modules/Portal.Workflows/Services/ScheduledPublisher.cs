using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Services;
using Portal.Workflows.Jobs;

namespace Portal.Workflows.Services;

/// <summary>
/// Publishes the scheduled items whose time has come, each on its own: one that fails is tried again at later runs and
/// parked after its last attempt, and the others are published regardless.
/// </summary>
public sealed class ScheduledPublisher(ContentManager contents, JobItemRunner items)
{
    /// <returns>How many due items were handled: published, or found changed by someone else first.</returns>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await contents.DueForPublishingAsync(cancellationToken);
        return await items.RunAsync(PortalJobs.ScheduledPublishingTitle,
            due.Select(item => new JobItem($"内容 {item.Id}", $"《{item.Title}》",
                (services, _) => services.GetRequiredService<ContentManager>().PublishScheduledAsync(item.Id))).ToList(),
            cancellationToken);
    }
}

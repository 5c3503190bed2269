using Portal.Core.Queues;

namespace Portal.Workflows.Services;

/// <summary>The scheduled jobs as a queue: their entries waiting for another attempt, and those parked after their last.</summary>
internal sealed class JobsMonitor(ParkedEntries entries) : IQueueMonitor
{
    public const string AdminPath = "/admin/jobs";

    public async Task<QueueStatus> ReadAsync(CancellationToken cancellationToken = default) =>
        new("定时任务", await entries.WaitingCountAsync(cancellationToken), await entries.ParkedCountAsync(cancellationToken), AdminPath, WorkflowsPermissions.ManageWorkflows);
}

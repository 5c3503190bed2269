namespace Portal.Core.Queues;

/// <summary>
/// Reports one background queue's state to the admin dashboard and the readiness check, so that neither needs to
/// know which module keeps the queue. A module registers one per queue it consumes.
/// </summary>
public interface IQueueMonitor
{
    Task<QueueStatus> ReadAsync(CancellationToken cancellationToken = default);
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Queues;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>The mail outbox as a queue: the mails due to be sent, and the failed ones parked for an administrator.</summary>
internal sealed class MailOutboxMonitor(PortalDbContext db, TimeProvider clock) : IQueueMonitor
{
    public async Task<QueueStatus> ReadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mails = db.Set<OutboxMail>().AsNoTracking();
        return new QueueStatus("邮件发送队列",
            await mails.CountAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now, cancellationToken),
            await mails.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken),
            JobsMonitor.AdminPath,
            WorkflowsPermissions.ManageWorkflows);
    }
}

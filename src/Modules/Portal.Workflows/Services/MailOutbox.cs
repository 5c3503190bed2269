using Portal.Core.Data;
using Portal.Core.Mail;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>Queues mails as rows of the outbox, sent by <see cref="OutboxSender"/>.</summary>
public sealed class MailOutbox(PortalDbContext db, TimeProvider clock) : IMailOutbox
{
    public void Queue(MailMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new OutboxMail
        {
            ToAddress = message.ToAddress,
            ToName = message.ToName.Clip(256),
            Subject = message.Subject.Clip(300),
            Body = message.Body.Clip(4000),
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}

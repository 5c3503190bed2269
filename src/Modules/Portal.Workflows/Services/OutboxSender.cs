using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Mail;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Sends the outbox's due mails one by one and records each outcome at once: a mail the server refuses waits for a
/// later attempt, and after the last one it is parked as failed in the admin, while the mails after it go on. Only one
/// node runs this at a time (the job is not concurrent and the scheduler is clustered), so no mail is picked up twice.
/// </summary>
public sealed class OutboxSender(PortalDbContext db, IMailSender mail, TimeProvider clock, ILogger<OutboxSender> logger)
{
    private const int Batch = 50;

    /// <returns>How many mails were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMail>().Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            message.Attempts++;
            try
            {
                await mail.SendAsync(new MailMessage(message.ToAddress, message.ToName, message.Subject, message.Body), cancellationToken);
                message.Status = OutboxStatus.Sent;
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                var parks = OutboxRetryRules.Schedule.Parks(message.Attempts);
                logger.LogWarning(exception, "Mail {Id} to {Address} failed (attempt {Attempt}); {Next}.", message.Id, message.ToAddress, message.Attempts,
                    parks ? "parked" : "it will be retried");
                message.LastError = $"{exception.GetType().Name}: {exception.Message}".Clip(1000);
                var failedAt = clock.GetUtcNow().UtcDateTime;
                message.Status = parks ? OutboxStatus.Failed : OutboxStatus.Pending;
                message.NextAttemptAt = parks ? failedAt : OutboxRetryRules.Schedule.NextAttempt(message.Attempts, failedAt);
            }

            // Saved after every mail: a crash can repeat at most the one mail in flight, never the batch.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }
}

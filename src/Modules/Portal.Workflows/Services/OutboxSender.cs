using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Mail;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Sends the outbox's due mails one by one and records each outcome at once: a mail server that is down means
/// a later retry, and after the last attempt a failure shown in the admin. Only one node runs this at a time
/// (the job is not concurrent and the scheduler is clustered), so no mail is picked up twice.
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
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Mail {Id} to {Address} failed (attempt {Attempt}).", message.Id, message.ToAddress, message.Attempts);
                var error = $"{exception.GetType().Name}: {exception.Message}";
                message.LastError = error.Clip(1000);
                if (OutboxRetryRules.GivesUp(message.Attempts))
                {
                    message.Status = OutboxStatus.Failed;
                }
                else
                {
                    message.NextAttemptAt = OutboxRetryRules.NextAttempt(message.Attempts, now);
                }
            }

            // Saved after every mail: a crash can repeat at most the one mail in flight, never the batch.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }

    /// <summary>An administrator sends a failed mail again: it gets a fresh round of attempts.</summary>
    public async Task<bool> RetryAsync(long id)
    {
        var message = await db.Set<OutboxMail>().FirstOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Failed);
        if (message is null)
        {
            return false;
        }

        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return true;
    }
}

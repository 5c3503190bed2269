using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Mail;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;

namespace Portal.Ledger.Services;

/// <summary>
/// Mails the owner and the responsible leader of every open task that is due within three days or overdue,
/// at most once per task, person and Beijing day: what was sent is recorded before it is sent.
/// </summary>
public sealed class ReminderService(PortalDbContext db, IMailSender mail, TimeProvider clock, ILogger<ReminderService> logger)
{
    /// <returns>How many messages were sent.</returns>
    public async Task<int> SendDueRemindersAsync(CancellationToken cancellationToken = default)
    {
        var today = BeijingDay.Today(clock);
        var horizon = today.AddDays(DueRules.DueSoonDays);
        var tasks = await db.Set<LedgerTask>().AsNoTracking()
            .Where(t => t.Status != LedgerStatus.Done && t.Status != LedgerStatus.Paused && t.Deadline <= horizon)
            .OrderBy(t => t.Deadline).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        if (tasks.Count == 0)
        {
            return 0;
        }

        var taskIds = tasks.Select(t => t.Id).ToList();
        var sent = (await db.Set<ReminderRecord>().AsNoTracking().Where(r => r.Day == today && taskIds.Contains(r.TaskId))
            .Select(r => new { r.TaskId, r.RecipientId }).ToListAsync(cancellationToken))
            .Select(r => (r.TaskId, r.RecipientId)).ToHashSet();
        var personIds = tasks.Select(t => t.OwnerId).Concat(tasks.Select(t => t.LeaderId)).OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => personIds.Contains(u.Id) && !u.IsDisabled)
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var ledgers = await db.Set<WorkLedger>().AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Title, cancellationToken);
        var areas = await db.Set<LedgerArea>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

        var count = 0;
        foreach (var task in tasks)
        {
            var urgency = DueRules.Of(StatusRules.Effective(task.Status, task.Deadline, today), task.Deadline, today);
            var recipients = new[] { (Id: task.OwnerId, Role: "责任人"), (Id: task.LeaderId, Role: "责任领导") }
                .Where(r => r.Id is not null).DistinctBy(r => r.Id);
            foreach (var (id, role) in recipients)
            {
                if (sent.Contains((task.Id, id!)) || !people.TryGetValue(id!, out var person) || string.IsNullOrWhiteSpace(person.Email))
                {
                    continue;
                }

                if (!await ClaimAsync(task.Id, today, person.Id, cancellationToken))
                {
                    continue;
                }

                var name = string.IsNullOrWhiteSpace(person.DisplayName) ? person.UserName ?? "" : person.DisplayName;
                var message = ReminderText.Compose(task, ledgers.GetValueOrDefault(task.LedgerId, ""), areas.GetValueOrDefault(task.AreaId, ""),
                    name, role, urgency, today);
                try
                {
                    await mail.SendAsync(new MailMessage(person.Email, name, message.Subject, message.Body), cancellationToken);
                    count++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "The ledger reminder for task {TaskId} to {UserId} could not be sent; it will be retried.", task.Id, person.Id);
                    await db.Set<ReminderRecord>().Where(r => r.TaskId == task.Id && r.Day == today && r.RecipientId == person.Id)
                        .ExecuteDeleteAsync(cancellationToken);
                }
            }
        }

        return count;
    }

    /// <summary>Records the reminder before sending it; false when another run has already taken it.</summary>
    private async Task<bool> ClaimAsync(int taskId, DateOnly day, string recipientId, CancellationToken cancellationToken)
    {
        var record = new ReminderRecord { TaskId = taskId, Day = day, RecipientId = recipientId, SentAt = clock.GetUtcNow().UtcDateTime };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(record).State = EntityState.Detached;
            return false;
        }
    }
}

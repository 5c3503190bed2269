using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Mail;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;

namespace Portal.Ledger.Services;

/// <summary>
/// Mails the owner and the responsible leader of every open task that is due within three days or overdue,
/// at most once per task, person and Beijing day: the reminder is recorded together with its mail in the outbox,
/// which sends it and tries again while the mail server refuses it. A reminder that cannot be queued does not keep
/// the others from going out; the run then fails with what went wrong, so that it is shown and the job tries again.
/// </summary>
public sealed class ReminderService(PortalDbContext db, IMailOutbox outbox, TimeProvider clock, ILogger<ReminderService> logger)
{
    /// <returns>How many reminders were queued.</returns>
    public async Task<int> QueueDueRemindersAsync(CancellationToken cancellationToken = default)
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
        var failures = new List<string>();
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

                try
                {
                    var name = string.IsNullOrWhiteSpace(person.DisplayName) ? person.UserName ?? "" : person.DisplayName;
                    var message = ReminderText.Compose(task, ledgers.GetValueOrDefault(task.LedgerId, ""), areas.GetValueOrDefault(task.AreaId, ""),
                        name, role, urgency, today);
                    if (await QueueAsync(task.Id, today, person.Id, new MailMessage(person.Email, name, message.Subject, message.Body), cancellationToken))
                    {
                        count++;
                    }
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    db.ChangeTracker.Clear();
                    logger.LogWarning(exception, "The ledger reminder for task {TaskId} to {UserId} could not be queued.", task.Id, person.Id);
                    failures.Add($"第 {task.Number} 项任务给{role}的提醒：{exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        return failures.Count == 0
            ? count
            : throw new InvalidOperationException($"已放入发送队列 {count} 条提醒，{failures.Count} 条未能放入：{string.Join("；", failures)}");
    }

    /// <summary>Records the reminder and queues its mail at once; false when another run has already taken it.</summary>
    private async Task<bool> QueueAsync(int taskId, DateOnly day, string recipientId, MailMessage mail, CancellationToken cancellationToken)
    {
        db.Add(new ReminderRecord { TaskId = taskId, Day = day, RecipientId = recipientId, SentAt = clock.GetUtcNow().UtcDateTime });
        outbox.Queue(mail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<ReminderRecord>().AnyAsync(r => r.TaskId == taskId && r.Day == day && r.RecipientId == recipientId, cancellationToken))
            {
                // Another node took the same reminder a moment ago.
                return false;
            }

            throw;
        }
    }
}

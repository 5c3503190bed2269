using Portal.Core.Data;
using Portal.Core.Mail;
using Portal.Core.Security;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>
/// Tells people something: a notification in the portal and, when they have an address, a mail in the outbox.
/// Both are added to the caller's unit of work, so they are saved with the change they tell about, or not at all.
/// </summary>
public sealed class Notifier(PortalDbContext db, IMailOutbox outbox, TimeProvider clock)
{
    public int Notify(IEnumerable<PortalUser> people, string title, string body, string? url, bool byMail = true)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var person in people.DistinctBy(p => p.Id))
        {
            db.Add(new Notification { UserId = person.Id, Title = title, Body = body, Url = url, CreatedAt = now });
            if (byMail && !string.IsNullOrWhiteSpace(person.Email))
            {
                outbox.Queue(new MailMessage(person.Email, PeopleDirectory.NameOf(person), title, url is null ? body : $"{body}\n\n请登录门户查看：{url}"));
            }

            count++;
        }

        return count;
    }
}

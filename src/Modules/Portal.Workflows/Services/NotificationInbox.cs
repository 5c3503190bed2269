using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Notifications;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>A user's own notifications: the list, the unread count for the header, marking as read.</summary>
public sealed class NotificationInbox(PortalDbContext db, TimeProvider clock) : IUnreadNotificationSource
{
    public const string ListUrl = "/notifications";

    private IQueryable<Notification> Of(string userId) => db.Set<Notification>().Where(n => n.UserId == userId);

    public async Task<NotificationBadge> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        new(await Of(userId).CountAsync(n => n.ReadAt == null, cancellationToken), ListUrl);

    public Task<List<Notification>> LatestAsync(string userId, int count) =>
        Of(userId).AsNoTracking().OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(count).ToListAsync();

    /// <summary>Marks one of the user's notifications read; null when it is not theirs.</summary>
    public async Task<Notification?> ReadAsync(string userId, long id)
    {
        var notification = await Of(userId).FirstOrDefaultAsync(n => n.Id == id);
        if (notification is { ReadAt: null })
        {
            notification.ReadAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }

        return notification;
    }

    public Task<int> ReadAllAsync(string userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Of(userId).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
    }
}

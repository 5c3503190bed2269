namespace Portal.Core.Notifications;

/// <summary>
/// Tells the themes' headers how many unread notifications a signed-in user has and where to read them,
/// so that the themes need not know which module keeps notifications.
/// </summary>
public interface IUnreadNotificationSource
{
    Task<NotificationBadge> GetAsync(string userId, CancellationToken cancellationToken = default);
}

namespace Portal.Core.Notifications;

public sealed record NotificationBadge(int Unread, string Url);

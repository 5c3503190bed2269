namespace Portal.Workflows.Models;

/// <summary>A message to one signed-in user, shown in the portal until read.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Body { get; set; }

    /// <summary>A local address the message is about, e.g. the item to fix.</summary>
    public string? Url { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}

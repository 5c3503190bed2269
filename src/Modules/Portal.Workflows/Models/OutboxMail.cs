namespace Portal.Workflows.Models;

/// <summary>
/// A mail waiting to be sent, written in the same transaction as the change it tells about, so none is lost;
/// the outbox job sends it, retries it while the mail server is down and finally marks it failed.
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }

    public string ToAddress { get; set; } = "";

    public string ToName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}

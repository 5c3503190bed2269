namespace Portal.Workflows.Models;

/// <summary>
/// A mail waiting to be sent, written in the same transaction as the change it tells about, so none is lost;
/// the outbox job sends it, retries it while the mail server refuses it and finally parks it as failed, for an
/// administrator to send again.
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

    /// <summary>When the mail is tried next; for a failed mail, when it was parked.</summary>
    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}

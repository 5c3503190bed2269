namespace Portal.Core.Mail;

/// <summary>
/// Queues a mail in the caller's unit of work: it is saved with the change it tells about, or not at all, and the
/// mail outbox sends it afterwards, trying again while the mail server refuses it.
/// </summary>
public interface IMailOutbox
{
    void Queue(MailMessage message);
}

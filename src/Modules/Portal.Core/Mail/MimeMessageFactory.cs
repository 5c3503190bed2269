using MimeKit;

namespace Portal.Core.Mail;

internal static class MimeMessageFactory
{
    public static MimeMessage Create(MailMessage message, MailOptions options)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}

using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Portal.Core.Mail;

internal sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort,
            settings.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(MimeMessageFactory.Create(message, settings), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

using Microsoft.Extensions.Options;

namespace Portal.Core.Mail;

/// <summary>Writes every message to a folder as an .eml file: nothing leaves the machine.</summary>
internal sealed class PickupFolderMailSender(IOptions<MailOptions> options, PickupFolder folder) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = MimeMessageFactory.Create(message, options.Value);
        var path = Path.Combine(folder.Path, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await using var file = File.Create(path);
        await mime.WriteToAsync(file, cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Mail;
using Portal.Testing;

namespace Portal.Core.Tests;

public sealed class PickupMailTests
{
    [Fact]
    public async Task In_pickup_mode_a_message_becomes_an_eml_file_in_the_data_folder()
    {
        using var factory = new PortalFactory();
        var sender = factory.Services.GetRequiredService<IMailSender>();

        await sender.SendAsync(new MailMessage("daibiao@example.org", "代表甲", "作品已收到", "您的作品已提交，回执号 ZW-1。"));

        var file = Assert.Single(Directory.GetFiles(Path.Combine(factory.Database.DataFolder, "mail-pickup"), "*.eml"));
        var mime = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("作品已收到", mime.Subject);
        Assert.Contains("回执号 ZW-1", mime.TextBody);
        Assert.Equal("daibiao@example.org", mime.To.Mailboxes.Single().Address);
    }
}

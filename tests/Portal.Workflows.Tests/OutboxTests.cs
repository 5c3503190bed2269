using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Mail;
using Portal.Testing;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Workflows.Tests;

public sealed class OutboxTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Far ahead of the portal's real clock, so that its own outbox job never finds these mails due.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_mail_server_that_is_down_means_a_later_retry_then_one_delivery_and_never_a_duplicate()
    {
        var server = new FlakyMailServer("retry@demo.invalid", failures: 2);
        var id = await EnqueueAsync("retry@demo.invalid", "重试测试邮件");

        await SendAsync(server);
        Assert.Equal((OutboxStatus.Pending, 1), await StateAsync(id));
        await SendAsync(server);
        Assert.Equal(1, (await StateAsync(id)).Attempts);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(server);
        Assert.Equal((OutboxStatus.Pending, 2), await StateAsync(id));
        _clock.Advance(TimeSpan.FromMinutes(5));
        await SendAsync(server);
        _clock.Advance(TimeSpan.FromHours(2));
        await SendAsync(server);

        Assert.Equal((OutboxStatus.Sent, 3), await StateAsync(id));
        Assert.Equal(1, server.Delivered.Count(s => s == "重试测试邮件"));
    }

    [Fact]
    public async Task A_mail_that_keeps_failing_is_marked_failed_shown_to_the_administrator_and_can_be_sent_again()
    {
        var server = new FlakyMailServer("failing@demo.invalid", failures: int.MaxValue);
        var id = await EnqueueAsync("failing@demo.invalid", "始终失败的邮件");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await SendAsync(server);
            _clock.Advance(TimeSpan.FromHours(2));
        }

        Assert.Equal((OutboxStatus.Failed, 5), await StateAsync(id));
        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var page = await admin.GetStringAsync("/admin/jobs");
        Assert.Contains("始终失败的邮件", page);
        Assert.Contains("邮件服务器无响应", page);

        var retried = await admin.PostFormAsync("/admin/jobs", $"/admin/jobs/mails/{id}/retry", []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(OutboxStatus.Pending, (await StateAsync(id)).Status);

        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync("/admin/jobs")).StatusCode);
    }

    private async Task<long> EnqueueAsync(string address, string subject)
    {
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        var now = _clock.GetUtcNow().UtcDateTime;
        var mail = new OutboxMail { ToAddress = address, ToName = "某人", Subject = subject, Body = "正文", CreatedAt = now, NextAttemptAt = now };
        db.Add(mail);
        await db.SaveChangesAsync();
        return mail.Id;
    }

    private async Task<int> SendAsync(IMailSender server)
    {
        await using var scope = factory.CreateScope();
        return await new OutboxSender(factory.Db(scope), server, _clock, NullLogger<OutboxSender>.Instance).SendDueAsync();
    }

    private async Task<(OutboxStatus Status, int Attempts)> StateAsync(long id)
    {
        await using var scope = factory.CreateScope();
        var mail = await factory.Db(scope).Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.Id == id);
        return (mail.Status, mail.Attempts);
    }

    /// <summary>Refuses the mails to one address a number of times, then accepts them; other mails go through.</summary>
    private sealed class FlakyMailServer(string address, int failures) : IMailSender
    {
        private int _refused;

        public List<string> Delivered { get; } = [];

        public Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
        {
            if (message.ToAddress == address && _refused < failures)
            {
                _refused++;
                throw new IOException("邮件服务器无响应");
            }

            Delivered.Add(message.Subject);
            return Task.CompletedTask;
        }
    }
}

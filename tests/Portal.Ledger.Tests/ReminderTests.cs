using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Services;
using Portal.Testing;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Ledger.Tests;

/// <summary>
/// The daily reminder on the demo ledger, on a fake clock: 29 December 2012, 07:00 in Beijing, before the day's run.
/// Tasks 32, 38, 39 and 51 are due on the 31st (yellow), 33 and 34 are overdue (red).
/// </summary>
public sealed class ReminderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2012, 12, 28, 23, 0, 0, TimeSpan.Zero);
    private readonly PortalFactory _portal = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private WebApplicationFactory<Program>? _host;

    private WebApplicationFactory<Program> Host(bool withDailyService) => _host ??= _portal.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
    {
        services.AddSingleton<TimeProvider>(_clock);
        if (!withDailyService)
        {
            services.RemoveAll<IHostedService>();
        }
    }));

    private string Pickup => Path.Combine(_portal.Database.DataFolder, "mail-pickup");

    [Fact]
    public async Task Owners_and_leaders_of_due_and_overdue_tasks_get_one_mail_per_task_and_day()
    {
        // Without the hosted services: this test queues the reminders and sends the outbox itself, also past the next 08:00.
        Host(withDailyService: false);
        await GiveAddressesAsync();

        Assert.Equal(12, await SendAsync());
        var mails = Mails();
        Assert.Equal(12, mails.Count);
        Assert.Equal(4, mails.Count(m => m.To.Mailboxes.Single().Address == "author@example.invalid"));
        Assert.Equal(5, mails.Count(m => m.To.Mailboxes.Single().Address == "leader3@example.invalid"));
        var overdue = mails.Single(m => m.To.Mailboxes.Single().Address == "author@example.invalid" && m.Subject!.Contains("第 33 项"));
        Assert.Equal("工作台账提醒：第 33 项“十二月常委会会议议题调研视察”已逾期 9 天", overdue.Subject);
        Assert.Contains("作者甲，您好", overdue.TextBody);
        Assert.Contains(mails, m => m.Subject == "工作台账提醒：第 51 项“编印主题活动工作简报”还剩 2 天到期" && m.To.Mailboxes.Single().Name == "副主任乙");
        Assert.DoesNotContain(mails, m => m.Subject!.Contains("第 42 项"));

        Assert.Equal(0, await SendAsync());
        Assert.Equal(12, Mails().Count);

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(12, await SendAsync());
        await using var scope = _host!.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ReminderRecord>().ToListAsync();
        Assert.Equal(24, records.Count);
        Assert.Equal(2, records.Select(r => r.Day).Distinct().Count());
    }

    [Fact]
    public async Task The_scheduler_queues_the_reminders_at_eight_in_the_morning_and_the_mail_outbox_sends_them()
    {
        Host(withDailyService: true);
        await GiveAddressesAsync();
        Assert.Empty(Directory.GetFiles(Pickup, "*.eml"));

        _clock.Advance(TimeSpan.FromHours(1));

        // The trigger fired on the fake clock; the run itself is asynchronous, so wait for its records.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await RecordsAsync() < 12 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(12, await RecordsAsync());

        // The outbox job sends them at its next run on the fake clock; a mail is marked sent once its file is written.
        while (await SentRemindersAsync() < 12 && DateTime.UtcNow < deadline)
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(100);
        }

        Assert.Equal(12, Reminders().Count);
    }

    /// <summary>Queues the day's reminders, then lets the mail outbox send them, as the two jobs do.</summary>
    private async Task<int> SendAsync()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<ReminderService>().QueueDueRemindersAsync();
        await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        return queued;
    }

    private async Task<int> SentRemindersAsync()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMail>()
            .CountAsync(m => m.Subject.StartsWith("工作台账提醒") && m.Status == OutboxStatus.Sent);
    }

    private async Task<int> RecordsAsync()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ReminderRecord>().CountAsync();
    }

    private async Task GiveAddressesAsync()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var user in await db.Users.ToListAsync())
        {
            user.Email = $"{user.UserName}@example.invalid";
            user.NormalizedEmail = user.Email.ToUpperInvariant();
        }

        await db.SaveChangesAsync();
    }

    private List<MimeMessage> Reminders() => Mails().Where(m => m.Subject!.StartsWith("工作台账提醒", StringComparison.Ordinal)).ToList();

    private List<MimeMessage> Mails() => Directory.GetFiles(Pickup, "*.eml").Select(f => MimeMessage.Load(f)).ToList();

    public void Dispose()
    {
        _host?.Dispose();
        _portal.Dispose();
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.Services;
using Portal.Testing;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Quartz;
using Xunit.Abstractions;

namespace Portal.Workflows.Tests;

/// <summary>
/// Two web nodes in one process, each with its own clustered scheduler, on one PostgreSQL database and one mail
/// pickup folder. Every wait has a deadline and says what it waited for. The database is dropped only after both
/// hosts have stopped: a host whose database is dropped under it never finishes stopping its scheduler, and
/// disposing it then blocks for good.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string MailSubject = "集群测试邮件";
    private const int QueuedMails = 20;
    private const int FiringsPerNode = 3;

    /// <summary>Only a guard against a host that never starts: a node starts in seconds, but in minutes on a machine busy with other builds.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    /// <summary>For firing the jobs, waiting for them and checking what they did; it takes a few seconds.</summary>
    private static readonly TimeSpan JobsLimit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(15);

    [PostgreSqlFact]
    public async Task Two_clustered_schedulers_on_one_database_send_each_reminder_and_each_queued_mail_exactly_once()
    {
        var root = PortalFactory.With(TestDatabase.PostgreSql(), new Dictionary<string, string?>
        {
            ["Portal:Jobs:LedgerRemindersCron"] = "0/2 * * * * ?",
            ["Portal:Jobs:MailOutboxInterval"] = "00:00:01",
            ["Portal:Jobs:ClusterCheckinInterval"] = "00:00:02",
        });
        var started = new List<WebApplicationFactory<Program>>();
        var stopped = false;
        try
        {
            var clock = Stopwatch.StartNew();
            var a = await StartAsync(root, "a", started);
            await PrepareAsync(a);
            var b = await StartAsync(root, "b", started);
            output.WriteLine($"Both nodes started after {clock.Elapsed.TotalSeconds:0.0} s.");

            using var deadline = new CancellationTokenSource(JobsLimit);
            try
            {
                await FireAndCheckAsync(root, a, b, deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                Assert.Fail($"The cluster did not finish within {JobsLimit.TotalSeconds:0} s of the nodes' start: a query to the database was cancelled.");
            }

            output.WriteLine($"Checked after {clock.Elapsed.TotalSeconds:0.0} s.");
            stopped = await StopAsync(started);
            Assert.True(stopped, $"The nodes did not stop their schedulers within {StopLimit.TotalSeconds:0} s.");
            output.WriteLine($"Both nodes stopped after {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        finally
        {
            stopped = stopped || await StopAsync(started);
            if (stopped && started.Count == 2)
            {
                root.Dispose();
            }
            else
            {
                // A node that did not start or stop would block its disposal for good; its database is dropped from under it instead.
                root.Database.Dispose();
            }
        }
    }

    /// <summary>Fires both jobs several times through each node's scheduler, waits until they have run, then counts what went out.</summary>
    private async Task FireAndCheckAsync(PortalFactory root, WebApplicationFactory<Program> a, WebApplicationFactory<Program> b, CancellationToken deadline)
    {
        var executions = new Executions();
        var schedulers = new[] { await SchedulerOf(a, executions), await SchedulerOf(b, executions) };
        for (var round = 0; round < FiringsPerNode; round++)
        {
            foreach (var scheduler in schedulers)
            {
                await scheduler.TriggerJob(PortalJobs.LedgerReminders, deadline);
                await scheduler.TriggerJob(PortalJobs.MailOutbox, deadline);
                await scheduler.TriggerJob(PortalJobs.Rules, deadline);
            }
        }

        var wanted = FiringsPerNode * schedulers.Length;
        var unsent = QueuedMails;
        while ((unsent = await UnsentAsync(b, deadline)) > 0
               || executions.Of(PortalJobs.LedgerReminders) < wanted || executions.Of(PortalJobs.MailOutbox) < wanted
               || executions.Of(PortalJobs.Rules) < wanted)
        {
            Assert.False(deadline.IsCancellationRequested,
                $"The jobs did not run {wanted} times each within {JobsLimit.TotalSeconds:0} s: {executions}; {unsent} mails of the outbox unsent.");
            await Task.Delay(100, CancellationToken.None);
        }

        output.WriteLine($"Jobs: {executions}.");

        await using var scope = b.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(2, await db.Database.SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state")
            .Distinct().CountAsync(deadline));

        var mails = Directory.GetFiles(Path.Combine(root.Database.DataFolder, "mail-pickup"), "*.eml")
            .Select(file => MimeMessage.Load(file))
            .Select(m => (Address: m.To.Mailboxes.Single().Address, Subject: m.Subject ?? ""))
            .ToList();
        var queued = mails.Where(m => m.Subject.StartsWith(MailSubject, StringComparison.Ordinal)).ToList();
        Assert.Equal(QueuedMails, queued.Count);
        Assert.Equal(QueuedMails, queued.Distinct().Count());
        Assert.All(await db.Set<OutboxMail>().Where(m => m.Subject.StartsWith(MailSubject)).ToListAsync(deadline),
            mail => Assert.Equal((OutboxStatus.Sent, 1), (mail.Status, mail.Attempts)));

        // The reminders went through the outbox, each sent at its first attempt.
        var reminders = mails.Where(m => m.Subject.StartsWith("工作台账提醒", StringComparison.Ordinal)).ToList();
        Assert.All(await db.Set<OutboxMail>().Where(m => m.Subject.StartsWith("工作台账提醒")).ToListAsync(deadline),
            mail => Assert.Equal((OutboxStatus.Sent, 1), (mail.Status, mail.Attempts)));
        var records = await db.Set<ReminderRecord>().CountAsync(deadline);
        Assert.True(records > 0, "No reminder was recorded.");
        Assert.Equal(records, reminders.Count);
        Assert.Equal(reminders.Count, reminders.Distinct().Count());
        // Everything due was sent: a further run finds nothing left to send.
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ReminderService>().QueueDueRemindersAsync(deadline));

        // The timed rules ran on both nodes too: the demo rule reported each overdue task to the administrator once.
        var today = BeijingDay.Today(TimeProvider.System);
        var overdue = await db.Set<LedgerTask>()
            .CountAsync(t => t.Status != LedgerStatus.Done && t.Status != LedgerStatus.Paused && t.Deadline < today, deadline);
        var adminId = await db.Users.Where(u => u.UserName == DemoAccounts.Admin).Select(u => u.Id).SingleAsync(deadline);
        var reports = await db.Set<Notification>().Where(n => n.UserId == adminId && n.Title.StartsWith("台账任务逾期通报："))
            .Select(n => n.Title).ToListAsync(deadline);
        Assert.True(overdue > 0, "The demo ledger has no overdue task to report.");
        Assert.Equal(overdue, reports.Count);
        Assert.Equal(overdue, reports.Distinct().Count());
    }

    /// <summary>A node of its own: its own host, scheduler and search index; the database and data folder are shared.</summary>
    private static async Task<WebApplicationFactory<Program>> StartAsync(PortalFactory root, string name, List<WebApplicationFactory<Program>> started)
    {
        var node = root.WithWebHostBuilder(builder =>
            builder.UseSetting("Portal:Search:IndexPath", Path.Combine(root.Database.DataFolder, "search-index-" + name)));
        try
        {
            await Task.Run(() => node.Services).WaitAsync(StartLimit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Node {name} did not start within {StartLimit.TotalSeconds:0} s.");
        }

        started.Add(node);
        return node;
    }

    /// <summary>Gives every demo user an address, so that reminders go out, and queues mails in the outbox.</summary>
    private static async Task PrepareAsync(WebApplicationFactory<Program> node)
    {
        using var deadline = new CancellationTokenSource(JobsLimit);
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var user in await db.Users.ToListAsync(deadline.Token))
        {
            user.Email = $"{user.UserName}@example.invalid";
            user.NormalizedEmail = user.Email.ToUpperInvariant();
        }

        var now = DateTime.UtcNow;
        for (var i = 0; i < QueuedMails; i++)
        {
            db.Add(new OutboxMail { ToAddress = $"cluster{i}@example.invalid", ToName = "测试", Subject = $"{MailSubject} {i}", Body = "正文", CreatedAt = now, NextAttemptAt = now });
        }

        await db.SaveChangesAsync(deadline.Token);
    }

    private static async Task<IScheduler> SchedulerOf(WebApplicationFactory<Program> node, Executions executions)
    {
        var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(executions, GroupMatcher<JobKey>.GroupEquals(PortalJobs.LedgerReminders.Group));
        return scheduler;
    }

    /// <summary>The mails of the outbox not sent yet: those queued by the test, and the reminders and notifications the jobs queued.</summary>
    private static async Task<int> UnsentAsync(WebApplicationFactory<Program> node, CancellationToken cancellationToken)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMail>()
            .CountAsync(m => m.Status != OutboxStatus.Sent, cancellationToken);
    }

    /// <summary>Stops the started hosts at once, while their database still exists; false when one does not stop in time.</summary>
    private static async Task<bool> StopAsync(List<WebApplicationFactory<Program>> started)
    {
        using var limit = new CancellationTokenSource(StopLimit);
        try
        {
            await Task.WhenAll(started.Select(n => n.Services.GetRequiredService<IHost>().StopAsync(limit.Token))).WaitAsync(StopLimit + TimeSpan.FromSeconds(1));
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Counts the finished runs of each job, and of each node, on every node it listens to.</summary>
    private sealed class Executions : IJobListener
    {
        private readonly ConcurrentDictionary<JobKey, int> _jobs = new();
        private readonly ConcurrentDictionary<string, int> _nodes = new();

        public string Name => "cluster-test-executions";

        public int Of(JobKey job) => _jobs.GetValueOrDefault(job);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            _jobs.AddOrUpdate(context.JobDetail.Key, 1, (_, count) => count + 1);
            _nodes.AddOrUpdate(context.Scheduler.SchedulerInstanceId, 1, (_, count) => count + 1);
            return ValueTask.CompletedTask;
        }

        public override string ToString() =>
            string.Join(", ", _jobs.OrderBy(j => j.Key.Name).Select(j => $"{j.Key.Name} ran {j.Value} times"))
            + "; runs by node " + string.Join(", ", _nodes.OrderBy(n => n.Key).Select(n => $"{n.Key}: {n.Value}"));
    }
}

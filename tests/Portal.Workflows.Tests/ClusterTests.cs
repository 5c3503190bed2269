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
using Portal.Ledger.Services;
using Portal.Testing;
using Portal.Workflows.Jobs;
using Portal.Workflows.Models;
using Quartz;
using Xunit.Abstractions;

namespace Portal.Workflows.Tests;

/// <summary>
/// Two web nodes in one process, each with its own clustered scheduler, on one PostgreSQL database and one mail
/// pickup folder. Every wait has a deadline: the database is dropped only after both hosts have stopped (a host
/// whose database vanished under it never finishes stopping its scheduler), and a host that does not stop in time
/// fails the test instead of hanging it.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string MailSubject = "集群测试邮件";
    private const int QueuedMails = 20;
    private const int FiringsPerNode = 3;
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(15);

    /// <summary>For starting both nodes and waiting for the jobs; a run takes about half of it on a busy machine.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(75);

    [PostgreSqlFact]
    public async Task Two_clustered_schedulers_on_one_database_send_each_reminder_and_each_queued_mail_exactly_once()
    {
        var root = PortalFactory.With(TestDatabase.PostgreSql(), new Dictionary<string, string?>
        {
            ["Portal:Jobs:LedgerRemindersCron"] = "0/2 * * * * ?",
            ["Portal:Jobs:MailOutboxInterval"] = "00:00:01",
            ["Portal:Jobs:ClusterCheckinInterval"] = "00:00:02",
        });
        var nodes = new List<WebApplicationFactory<Program>>();
        var stopped = false;
        try
        {
            using var deadline = new CancellationTokenSource(Limit);
            var clock = Stopwatch.StartNew();
            var a = await StartAsync(root, "a", nodes, deadline.Token);
            await PrepareAsync(a, deadline.Token);
            var b = await StartAsync(root, "b", nodes, deadline.Token);
            output.WriteLine($"Both nodes started after {clock.Elapsed.TotalSeconds:0.0} s.");
            var executions = new Executions();
            var schedulers = new[] { await SchedulerOf(a, executions), await SchedulerOf(b, executions) };

            for (var round = 0; round < FiringsPerNode; round++)
            {
                foreach (var scheduler in schedulers)
                {
                    await scheduler.TriggerJob(PortalJobs.LedgerReminders, deadline.Token);
                    await scheduler.TriggerJob(PortalJobs.MailOutbox, deadline.Token);
                }
            }

            var wanted = FiringsPerNode * schedulers.Length;
            var unsent = QueuedMails;
            await WaitAsync(
                async () => (unsent = await UnsentAsync(b, deadline.Token)) == 0
                            && executions.Of(PortalJobs.LedgerReminders) >= wanted && executions.Of(PortalJobs.MailOutbox) >= wanted,
                () => $"after {executions}, {unsent} of the {QueuedMails} queued mails are unsent",
                deadline.Token);
            output.WriteLine($"Jobs done after {clock.Elapsed.TotalSeconds:0.0} s: {executions}.");

            await using var scope = b.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(2, await db.Database.SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state")
                .Distinct().CountAsync(deadline.Token));

            var mails = Directory.GetFiles(Path.Combine(root.Database.DataFolder, "mail-pickup"), "*.eml")
                .Select(file => MimeMessage.Load(file))
                .Select(m => (Address: m.To.Mailboxes.Single().Address, Subject: m.Subject ?? ""))
                .ToList();
            var queued = mails.Where(m => m.Subject.StartsWith(MailSubject, StringComparison.Ordinal)).ToList();
            Assert.Equal(QueuedMails, queued.Count);
            Assert.Equal(QueuedMails, queued.Distinct().Count());
            Assert.All(await db.Set<OutboxMail>().Where(m => m.Subject.StartsWith(MailSubject)).ToListAsync(deadline.Token),
                mail => Assert.Equal((OutboxStatus.Sent, 1), (mail.Status, mail.Attempts)));

            var reminders = mails.Where(m => m.Subject.StartsWith("工作台账提醒", StringComparison.Ordinal)).ToList();
            var records = await db.Set<ReminderRecord>().CountAsync(deadline.Token);
            Assert.True(records > 0, "No reminder was recorded.");
            Assert.Equal(records, reminders.Count);
            Assert.Equal(reminders.Count, reminders.Distinct().Count());
            // Everything due was sent: a further run finds nothing left to send.
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ReminderService>().SendDueRemindersAsync(deadline.Token));

            stopped = await StopAsync(nodes);
            output.WriteLine($"Both nodes stopped after {clock.Elapsed.TotalSeconds:0.0} s.");
            Assert.True(stopped, $"The nodes did not stop their schedulers within {StopLimit.TotalSeconds:0} s.");
        }
        finally
        {
            stopped = stopped || await StopAsync(nodes);
            if (stopped)
            {
                root.Dispose();
            }
            else
            {
                // Disposing a host that will not stop would hang the run; drop the database from under it instead.
                root.Database.Dispose();
            }
        }
    }

    /// <summary>A node of its own: its own host, scheduler and search index; the database and data folder are shared.</summary>
    private static async Task<WebApplicationFactory<Program>> StartAsync(PortalFactory root, string name, List<WebApplicationFactory<Program>> nodes,
        CancellationToken deadline)
    {
        var node = root.WithWebHostBuilder(builder =>
            builder.UseSetting("Portal:Search:IndexPath", Path.Combine(root.Database.DataFolder, "search-index-" + name)));
        nodes.Add(node);
        try
        {
            await Task.Run(() => node.Services, CancellationToken.None).WaitAsync(deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Assert.Fail($"Node {name} did not start within {Limit.TotalSeconds:0} s.");
        }

        return node;
    }

    /// <summary>Gives every demo user an address, so that reminders go out, and queues mails in the outbox.</summary>
    private static async Task PrepareAsync(WebApplicationFactory<Program> node, CancellationToken cancellationToken)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var user in await db.Users.ToListAsync(cancellationToken))
        {
            user.Email = $"{user.UserName}@example.invalid";
            user.NormalizedEmail = user.Email.ToUpperInvariant();
        }

        var now = DateTime.UtcNow;
        for (var i = 0; i < QueuedMails; i++)
        {
            db.Add(new OutboxMail { ToAddress = $"cluster{i}@example.invalid", ToName = "测试", Subject = $"{MailSubject} {i}", Body = "正文", CreatedAt = now, NextAttemptAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IScheduler> SchedulerOf(WebApplicationFactory<Program> node, Executions executions)
    {
        var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(executions, GroupMatcher<JobKey>.GroupEquals(PortalJobs.LedgerReminders.Group));
        return scheduler;
    }

    private static async Task<int> UnsentAsync(WebApplicationFactory<Program> node, CancellationToken cancellationToken)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMail>()
            .CountAsync(m => m.Subject.StartsWith(MailSubject) && m.Status != OutboxStatus.Sent, cancellationToken);
    }

    private static async Task WaitAsync(Func<Task<bool>> done, Func<string> state, CancellationToken deadline)
    {
        try
        {
            while (!await done())
            {
                await Task.Delay(100, deadline);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Assert.Fail($"The cluster did not finish in time: {state()}.");
        }
    }

    /// <summary>Stops both hosts at once, while their database still exists; false when one does not stop in time.</summary>
    private static async Task<bool> StopAsync(List<WebApplicationFactory<Program>> nodes)
    {
        using var limit = new CancellationTokenSource(StopLimit);
        // On a thread of its own: a node that is still starting blocks the caller of its Services.
        var stopping = Task.Run(() => Task.WhenAll(nodes.Select(n => n.Services.GetRequiredService<IHost>().StopAsync(limit.Token))), CancellationToken.None);
        try
        {
            await stopping.WaitAsync(StopLimit + TimeSpan.FromSeconds(1));
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Counts the finished runs of each job on every node it listens to.</summary>
    private sealed class Executions : IJobListener
    {
        private readonly ConcurrentDictionary<JobKey, int> _counts = new();
        private readonly ConcurrentDictionary<string, int> _nodes = new();

        public string Name => "cluster-test-executions";

        public int Of(JobKey job) => _counts.GetValueOrDefault(job);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            _counts.AddOrUpdate(context.JobDetail.Key, 1, (_, count) => count + 1);
            _nodes.AddOrUpdate(context.Scheduler.SchedulerInstanceId, 1, (_, count) => count + 1);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => string.Join(", ", _counts.OrderBy(c => c.Key.Name).Select(c => $"{c.Key.Name} ran {c.Value} times"))
            + "; by node " + string.Join(", ", _nodes.OrderBy(n => n.Key).Select(n => $"{n.Key}: {n.Value}"));
    }
}

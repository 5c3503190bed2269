using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.Core.Mail;
using Portal.Core.Queues;
using Portal.Testing;
using Portal.Workflows.Services;

namespace Portal.Workflows.Tests;

/// <summary>
/// The portal on a fake clock, without its scheduler (the tests run the consumers themselves, so that nothing races
/// them), and with causes of failure the tests switch on and off: a mail server and a mail queue that refuse some
/// addresses, and a content handler that breaks the publication of some titles.
/// </summary>
public sealed class PoisonPortal : IDisposable
{
    private readonly PortalFactory _root;

    public PoisonPortal()
    {
        _root = PortalFactory.With(TestDatabase.Sqlite());
        App = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IHostedService>();
            services.RemoveAll<IMailSender>();
            services.AddSingleton<IMailSender>(MailServer);
            services.RemoveAll<IMailOutbox>();
            services.AddScoped<IMailOutbox>(provider => new RefusingOutbox(ActivatorUtilities.CreateInstance<MailOutbox>(provider), RefusedByQueue));
            services.AddScoped<IContentHandler>(_ => new BreakingHandler(BrokenTitles));
        }));
        _ = App.Services;
    }

    public FakeTimeProvider Clock { get; } = new(ClockedPortal.Start);

    public WebApplicationFactory<Program> App { get; }

    public PoisonMailServer MailServer { get; } = new();

    /// <summary>Addresses the mail queue refuses, as if queueing a mail to them threw.</summary>
    public ConcurrentDictionary<string, bool> RefusedByQueue { get; } = new();

    /// <summary>Titles whose publication a content handler breaks.</summary>
    public ConcurrentDictionary<string, bool> BrokenTitles { get; } = new();

    public AsyncServiceScope CreateScope() => App.Services.CreateAsyncScope();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> InDbAsync<T>(Func<PortalDbContext, Task<T>> work) => InScopeAsync(services => work(services.GetRequiredService<PortalDbContext>()));

    public Task<QueueStatus> QueueAsync(string name) =>
        InScopeAsync(async services =>
        {
            foreach (var monitor in services.GetServices<IQueueMonitor>())
            {
                if (await monitor.ReadAsync() is { } status && status.Name == name)
                {
                    return status;
                }
            }

            throw new InvalidOperationException($"No queue monitor is called {name}.");
        });

    public void Dispose()
    {
        App.Dispose();
        _root.Dispose();
    }

    /// <summary>Refuses the mails to some addresses, delivers the others.</summary>
    public sealed class PoisonMailServer : IMailSender
    {
        public ConcurrentDictionary<string, bool> Refused { get; } = new();

        public ConcurrentQueue<MailMessage> Delivered { get; } = new();

        public Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
        {
            if (Refused.ContainsKey(message.ToAddress))
            {
                throw new IOException($"邮件服务器拒收发往 {message.ToAddress} 的邮件");
            }

            Delivered.Enqueue(message);
            return Task.CompletedTask;
        }
    }

    private sealed class RefusingOutbox(MailOutbox outbox, ConcurrentDictionary<string, bool> refused) : IMailOutbox
    {
        public void Queue(MailMessage message)
        {
            if (refused.ContainsKey(message.ToAddress))
            {
                throw new InvalidOperationException($"发往 {message.ToAddress} 的邮件无法排队");
            }

            outbox.Queue(message);
        }
    }

    private sealed class BreakingHandler(ConcurrentDictionary<string, bool> broken) : IContentHandler
    {
        public Task UpdatingAsync(ContentEventContext context) =>
            context.Event == ContentEvent.Published && broken.ContainsKey(context.Latest.Title)
                ? throw new InvalidOperationException($"发布处理程序无法处理《{context.Latest.Title}》")
                : Task.CompletedTask;
    }
}

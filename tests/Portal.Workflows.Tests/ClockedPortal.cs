using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Workflows.Tests;

/// <summary>The portal in demo mode on a fresh database with a fake clock, which also drives its scheduler.</summary>
public sealed class ClockedPortal : IDisposable
{
    /// <summary>2026-11-27 09:00 Beijing time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _root;

    public ClockedPortal()
    {
        _root = PortalFactory.With(TestDatabase.Sqlite());
        App = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        }));
        _ = App.Services;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public WebApplicationFactory<Program> App { get; }

    public string MailFolder => Path.Combine(_root.Database.DataFolder, "mail-pickup");

    public AsyncServiceScope CreateScope() => App.Services.CreateAsyncScope();

    public static PortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PortalDbContext>();

    /// <summary>
    /// Lets simulated time pass a second at a time, giving the scheduler a moment of real time after each step,
    /// until the condition holds; returns how much simulated time that took.
    /// </summary>
    public async Task<TimeSpan> AdvanceUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var from = Clock.GetUtcNow();
        while (!await condition())
        {
            if (Clock.GetUtcNow() - from > limit)
            {
                throw new TimeoutException($"Nothing happened within {limit} of simulated time.");
            }

            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        return Clock.GetUtcNow() - from;
    }

    public void Dispose()
    {
        App.Dispose();
        _root.Dispose();
    }
}

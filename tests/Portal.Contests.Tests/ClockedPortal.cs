using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Contests.Services;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Contests.Tests;

/// <summary>
/// The portal in demo mode on a fresh database, with a fake clock (set during the open demo contest's collection) and a
/// fixed seed for the automatic assignment. The clock only moves forward, so tests that pass the deadline get their own.
/// </summary>
public sealed class ClockedPortal : IDisposable
{
    /// <summary>2026-11-26 12:00 Beijing time: the 2026 demo contest is open, the 2012 one announced.</summary>
    public static readonly DateTimeOffset DuringCollection = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    /// <summary>The 2026 demo contest closes at 2027-03-31 18:00:00 Beijing time.</summary>
    public static readonly DateTimeOffset Deadline = new(2027, 3, 31, 10, 0, 0, TimeSpan.Zero);

    public const string OpenContestSlug = "2026-daibiao-jianyan-zhengwen";
    public const string ClosedContestSlug = "2012-zhongyuan-zhengwen";

    private readonly PortalFactory _root;

    public ClockedPortal()
        : this(TestDatabase.Sqlite())
    {
    }

    /// <summary>For tests that pick the database, or need a clock of their own.</summary>
    public static ClockedPortal On(TestDatabase database) => new(database);

    private ClockedPortal(TestDatabase database)
    {
        _root = PortalFactory.With(database);
        App = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(new AssignmentSeed(2026));
        }));
    }

    public FakeTimeProvider Clock { get; } = new(DuringCollection);

    /// <summary>
    /// Moves the portal's clock months ahead. SetUtcNow would fire every periodic timer once per elapsed period
    /// (the background pollers' two-second timers alone millions of times); the contest rules only read the time.
    /// </summary>
    public void JumpTo(DateTimeOffset moment) => Clock.AdjustTime(moment);

    public WebApplicationFactory<Program> App { get; }

    public string MailFolder => Path.Combine(_root.Database.DataFolder, "mail-pickup");

    public string FilesFolder => Path.Combine(_root.Database.DataFolder, "files");

    public AsyncServiceScope CreateScope() => App.Services.CreateAsyncScope();

    public static PortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PortalDbContext>();

    public Task<PortalClient> SignInAsync(string user, string password) => PortalClient.SignedInAsync(App, user, password);

    public PortalClient Anonymous() => PortalClient.Create(App);

    public void Dispose()
    {
        App.Dispose();
        _root.Dispose();
    }
}

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Study.Tests;

/// <summary>
/// The portal in demo mode on a fresh database with a fake clock (2026-11-26 12:00 Beijing time, long after the 2012 demo year).
/// The clock only moves forward; every test plans its own sessions relative to <see cref="Now"/>.
/// </summary>
public sealed class StudyPortal : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    public const string StaffPassword = "staff2012";

    private readonly PortalFactory _root;

    public StudyPortal()
        : this(TestDatabase.Sqlite())
    {
    }

    public static StudyPortal On(TestDatabase database) => new(database);

    private StudyPortal(TestDatabase database)
    {
        _root = PortalFactory.With(database);
        App = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>The fake clock in Beijing time, to the minute, as the session form takes it.</summary>
    public DateTime Now => Portal.Core.Hosting.ChinaTime.ToChinaTime(Clock.GetUtcNow().UtcDateTime);

    public WebApplicationFactory<Program> App { get; }

    public AsyncServiceScope CreateScope() => App.Services.CreateAsyncScope();

    public static PortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PortalDbContext>();

    public Task<PortalClient> SignInAsync(string user) =>
        PortalClient.SignedInAsync(App, user, user switch
        {
            DemoAccounts.Editor => DemoAccounts.EditorPassword,
            DemoAccounts.Admin => DemoAccounts.AdminPassword,
            _ => StaffPassword,
        });

    public PortalClient Anonymous() => PortalClient.Create(App);

    public void Dispose()
    {
        App.Dispose();
        _root.Dispose();
    }
}

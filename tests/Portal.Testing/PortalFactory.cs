using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Testing;

/// <summary>The whole portal in demo mode on its own fresh database.</summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public PortalFactory()
    {
        Database = TestDatabase.Sqlite();
        _settings = Settings(Database, null);
    }

    /// <summary>For tests that pick the database or change settings; fixtures use the parameterless one.</summary>
    public static PortalFactory With(TestDatabase database, IDictionary<string, string?>? settings = null) => new(database, settings);

    protected PortalFactory(TestDatabase database, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        _settings = Settings(database, settings);
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, IDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:DemoMode"] = "true",
            ["Portal:DataPath"] = database.DataFolder,
            ["Portal:Database:Provider"] = database.Provider,
            ["Portal:Database:ConnectionString"] = database.ConnectionString,
            ["Portal:RateLimits:LoginPermitsPerMinute"] = "1000",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public TestDatabase Database { get; }

    /// <summary>What this host logged at Error or above and no test has been failed for yet.</summary>
    public LoggedErrors Errors { get; } = new();

    /// <summary>A scope for reading and writing the database directly in assertions.</summary>
    public AsyncServiceScope CreateScope()
    {
        ChargeErrorsToRunningTest();
        return Services.CreateAsyncScope();
    }

    /// <summary>The running test's class answers for this host's errors from now on (see <see cref="FailOnLoggedErrorsAttribute"/>).</summary>
    protected void ChargeErrorsToRunningTest() => RunningTests.Touch(Errors);

    protected override void ConfigureClient(HttpClient client)
    {
        ChargeErrorsToRunningTest();
        base.ConfigureClient(client);
    }

    public PortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PortalDbContext>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureTestServices(services =>
        {
            // The test's flow reaches the request, so a client made before the test started still charges it.
            services.Configure<TestServerOptions>(options => options.PreserveExecutionContext = true);
            services.AddSingleton<IStartupFilter>(new ChargeRequestsToRunningTest(this));
        });
    }

    private sealed class ChargeRequestsToRunningTest(PortalFactory factory) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                factory.ChargeErrorsToRunningTest();
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            RunningTests.Forget(Errors);
            Database.Dispose();
            var unclaimed = Errors.Take();
            if (unclaimed.Count > 0)
            {
                throw new InvalidOperationException($"The test host logged {unclaimed.Count} error(s) outside any test:{Environment.NewLine}{string.Join(Environment.NewLine, unclaimed)}");
            }
        }
    }
}

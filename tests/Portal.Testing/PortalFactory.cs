using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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

    private PortalFactory(TestDatabase database, IDictionary<string, string?>? settings)
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

    /// <summary>A scope for reading and writing the database directly in assertions.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public PortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PortalDbContext>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}

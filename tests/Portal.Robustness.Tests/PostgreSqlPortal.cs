using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Testing;

namespace Portal.Robustness.Tests;

/// <summary>The demo portal, keeping the exceptions it logs for the failure messages.</summary>
public class RobustPortal : PortalFactory
{
    public ServerErrors Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
    }
}

/// <summary>
/// The demo portal on PostgreSQL, the stricter of the two databases (it refuses text SQLite takes, such as a NUL), so
/// that hostile values meet the database where it fails first.
/// </summary>
public sealed class RobustPostgreSqlPortal : RobustPortal
{
    private readonly TestDatabase _postgres = TestDatabase.PostgreSql();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:DataPath", _postgres.DataFolder);
        builder.UseSetting("Portal:Database:Provider", _postgres.Provider);
        builder.UseSetting("Portal:Database:ConnectionString", _postgres.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _postgres.Dispose();
        }
    }
}

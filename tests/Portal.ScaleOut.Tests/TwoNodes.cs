using System.Net;
using Portal.Testing;

namespace Portal.ScaleOut.Tests;

/// <summary>
/// Two published portal processes, A and B, on one PostgreSQL database, one Redis, one shared upload folder and one
/// mail pickup folder, each with its own data folder (and so its own search index). A starts first: it migrates and
/// loads the demo content. Their ledger reminders fire every two seconds, so that a test sees several firings.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-scaleout", Guid.NewGuid().ToString("N"));
    private TestDatabase? _database;

    internal PortalNode A { get; private set; } = null!;

    internal PortalNode B { get; private set; } = null!;

    /// <summary>Where both nodes write their mail.</summary>
    internal string MailFolder => Path.Combine(_root, "shared-mail");

    internal string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var redis = Environment.GetEnvironmentVariable(TwoNodeFactAttribute.RedisVariable);
        if (string.IsNullOrWhiteSpace(redis) || string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            return;
        }

        _database = TestDatabase.PostgreSql();
        await StartAsync(_database.ConnectionString!, redis);
    }

    /// <summary>Starts A and B on the given PostgreSQL database (A's migrations create it when missing) and Redis.</summary>
    internal async Task StartAsync(string connectionString, string redis)
    {
        ConnectionString = connectionString;
        var publish = await PublishedPortal.FolderAsync();
        var settings = new Dictionary<string, string>
        {
            ["Portal:DemoMode"] = "true",
            ["Portal:Database:Provider"] = "PostgreSql",
            ["Portal:Database:ConnectionString"] = connectionString,
            ["Portal:Redis:Configuration"] = redis,
            ["Portal:Redis:InstanceName"] = $"portal-test-{Guid.NewGuid():N}:",
            ["Portal:Files:Path"] = Directory.CreateDirectory(Path.Combine(_root, "shared-files")).FullName,
            ["Portal:Mail:PickupFolder"] = Directory.CreateDirectory(MailFolder).FullName,
            ["Portal:Jobs:LedgerRemindersCron"] = "0/2 * * * * ?",
            ["Portal:Search:PollInterval"] = "00:00:00.200",
            ["Portal:RateLimits:LoginPermitsPerMinute"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        A = await PortalNode.StartAsync("A", publish, Directory.CreateDirectory(Path.Combine(_root, "node-a")).FullName, settings);
        B = await PortalNode.StartAsync("B", publish, Directory.CreateDirectory(Path.Combine(_root, "node-b")).FullName, settings);
    }

    /// <summary>A browser behind a load balancer: one cookie jar, requests sent to either node.</summary>
    internal Browser Browser() => new(A.Address, B.Address);

    internal async Task<Browser> SignedInAsync(string userName, string password)
    {
        var browser = Browser();
        var response = await browser.A.LoginAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login through A answered {(int)response.StatusCode}\n{A.Log()}");
        return browser;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in new[] { B, A }.Where(n => n is not null))
        {
            await node.DisposeAsync();
        }

        _database?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // The temporary folder is left for the OS to clean.
        }
    }
}

namespace Portal.ScaleOut.Tests;

/// <summary>
/// Two portal nodes on a PostgreSQL server and a Redis of their own, which the tests stop and start again without
/// disturbing any other test. Nothing starts when either server cannot be run here (the tests are then skipped).
/// </summary>
public sealed class PrivateServers : IAsyncLifetime
{
    internal PrivatePostgres Postgres { get; private set; } = null!;

    internal PrivateRedis Redis { get; private set; } = null!;

    internal TwoNodes Nodes { get; } = new();

    /// <summary>Why the servers cannot be run here, or null.</summary>
    public static string? Missing() => PrivatePostgres.Missing() ?? PrivateRedis.Missing();

    public async Task InitializeAsync()
    {
        if (Missing() is not null)
        {
            return;
        }

        Postgres = await PrivatePostgres.StartAsync();
        Redis = await PrivateRedis.StartAsync();
        await Nodes.StartAsync(Postgres.ConnectionString("portal"), Redis.Configuration);
    }

    public async Task DisposeAsync()
    {
        await Nodes.DisposeAsync();
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }
}

using Npgsql;

namespace Portal.ScaleOut.Tests;

/// <summary>
/// A PostgreSQL server of the test's own: a cluster made with initdb in a temporary folder, on a free loopback port,
/// trusting local connections. Stopping it affects no other test, unlike the server every other test shares. PostgreSQL
/// refuses to run as root, so as root its programs run as the postgres user.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";

    private readonly string _folder;
    private readonly string _bin;
    private readonly int _port;

    private PrivatePostgres(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        _port = port;
    }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>Why no private server can be started here, or null.</summary>
    public static string? Missing()
    {
        if (Bin() is null)
        {
            return "PostgreSQL's server programs are not installed (/usr/lib/postgresql/<version>/bin/initdb); scripts/test.sh installs them.";
        }

        return AsRoot && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith(ServiceUser + ":"))
            ? "Running as root, and there is no postgres user to run a PostgreSQL server as."
            : null;
    }

    public static async Task<PrivatePostgres> StartAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "portal-postgres", Guid.NewGuid().ToString("N"))).FullName;
        var server = new PrivatePostgres(folder, Bin()!, Loopback.FreePort());
        if (AsRoot)
        {
            await Commands.RunAsync("chown", "-R", $"{ServiceUser}:", folder);
        }

        // Durability does not matter for a throw-away cluster: no fsync makes it start and run faster.
        await server.RunAsync("initdb", "-D", server.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        await server.StartAgainAsync();
        return server;
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = database }.ToString();

    /// <summary>Stops the server as an operator would for maintenance: open connections are ended, new ones refused.</summary>
    public Task StopAsync() => RunAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");

    public Task StartAgainAsync() => RunAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "120",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static bool AsRoot => Environment.UserName == "root";

    private Task<string> RunAsync(string program, params string[] arguments) =>
        AsRoot
            ? Commands.RunAsync("runuser", ["-u", ServiceUser, "--", Path.Combine(_bin, program), .. arguments])
            : Commands.RunAsync(Path.Combine(_bin, program), arguments);

    private static string? Bin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .LastOrDefault()
            : null;
}

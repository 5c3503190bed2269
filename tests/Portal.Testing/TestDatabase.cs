using Npgsql;

namespace Portal.Testing;

/// <summary>
/// A fresh database for one test host: a SQLite file in a temporary folder, or a new PostgreSQL database
/// on the server named by <c>PORTAL_TEST_POSTGRES</c> (the test script starts one and sets it).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";

    private TestDatabase(string provider, string dataFolder, string? connectionString, string? databaseName)
    {
        Provider = provider;
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        DatabaseName = databaseName;
    }

    public string Provider { get; }

    public string DataFolder { get; }

    public string? ConnectionString { get; }

    private string? DatabaseName { get; }

    public static TestDatabase Sqlite() => new("Sqlite", NewFolder(), null, null);

    public static TestDatabase PostgreSql()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: set {PostgresVariable} (e.g. 'Host=127.0.0.1;Username=postgres;Password=postgres'). " +
                "scripts/test.sh installs and starts one.");
        }

        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
        return new TestDatabase("PostgreSql", NewFolder(), new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), name);
    }

    public void Dispose()
    {
        if (DatabaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ToString();
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing host; the temporary folder is cleaned by the OS.
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}

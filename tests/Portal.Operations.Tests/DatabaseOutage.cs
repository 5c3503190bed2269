using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Testing;

namespace Portal.Operations.Tests;

/// <summary>
/// The portal's database gone while the portal runs: the SQLite file moved away (new connections find an empty
/// file with no portal tables), or the PostgreSQL database closed to connections and its sessions ended, as when
/// the server is down. Disposing brings it back: the scheduler waits for its jobs to record their end in the
/// database before the host can stop, so a host whose database never returns does not stop.
/// </summary>
internal sealed class DatabaseOutage : IAsyncDisposable
{
    private static readonly string[] SqliteFiles = ["portal.db", "portal.db-wal", "portal.db-shm"];
    private readonly string? _sqliteFolder;
    private readonly TestDatabase? _postgreSql;

    private DatabaseOutage(string? sqliteFolder, TestDatabase? postgreSql)
    {
        _sqliteFolder = sqliteFolder;
        _postgreSql = postgreSql;
    }

    public static async Task<DatabaseOutage> BeginAsync(TestDatabase database)
    {
        if (database.Provider == "Sqlite")
        {
            foreach (var file in SqliteFiles.Select(name => Path.Combine(database.DataFolder, name)).Where(File.Exists))
            {
                File.Move(file, file + ".gone");
            }

            SqliteConnection.ClearAllPools();
            return new DatabaseOutage(database.DataFolder, null);
        }

        await SetConnectionsAsync(database, allowed: false);
        NpgsqlConnection.ClearAllPools();
        return new DatabaseOutage(null, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgreSql is not null)
        {
            await SetConnectionsAsync(_postgreSql, allowed: true);
        }

        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in SqliteFiles.Select(name => Path.Combine(_sqliteFolder, name)))
            {
                File.Delete(file);
                if (File.Exists(file + ".gone"))
                {
                    File.Move(file + ".gone", file);
                }
            }

            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task SetConnectionsAsync(TestDatabase database, bool allowed)
    {
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ToString());
        await connection.OpenAsync();
        var sql = allowed
            ? $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS true"
            : $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Testing;

namespace Portal.Operations.Tests;

/// <summary>
/// The portal's database gone while the portal runs: the SQLite file moved away (new connections find an empty
/// file with no portal tables), or the PostgreSQL database dropped. Disposing brings the SQLite file back, so the
/// scheduler can finish its jobs and the host stop; a dropped PostgreSQL database stays dropped.
/// </summary>
internal sealed class DatabaseOutage : IAsyncDisposable
{
    private static readonly string[] SqliteFiles = ["portal.db", "portal.db-wal", "portal.db-shm"];
    private readonly string? _sqliteFolder;

    private DatabaseOutage(string? sqliteFolder) => _sqliteFolder = sqliteFolder;

    public static async Task<DatabaseOutage> BeginAsync(TestDatabase database)
    {
        if (database.Provider == "Sqlite")
        {
            foreach (var file in SqliteFiles.Select(name => Path.Combine(database.DataFolder, name)).Where(File.Exists))
            {
                File.Move(file, file + ".gone");
            }

            SqliteConnection.ClearAllPools();
            return new DatabaseOutage(database.DataFolder);
        }

        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
        NpgsqlConnection.ClearAllPools();
        return new DatabaseOutage(null);
    }

    public ValueTask DisposeAsync()
    {
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

        return ValueTask.CompletedTask;
    }
}

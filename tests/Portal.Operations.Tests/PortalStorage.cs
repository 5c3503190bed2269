using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Testing;

namespace Portal.Operations.Tests;

/// <summary>
/// Where one portal keeps its data, told to backup.sh and restore.sh as an operator would tell them: a SQLite data
/// folder, or a PostgreSQL database and an uploads folder. The storage outlives the portals started on it.
/// </summary>
internal abstract class PortalStorage : IAsyncDisposable
{
    public static PortalStorage Create(string provider, string folder) =>
        provider == "PostgreSql" ? new PostgreSqlStorage(folder) : new SqliteStorage(folder);

    public abstract string UploadsFolder { get; }

    /// <summary>What the scripts are run with: PostgreSQL's password, or its whole connection (PG* variables).</summary>
    public IDictionary<string, string> Environment { get; protected init; } = new Dictionary<string, string>();

    /// <summary>A portal in demo mode on this storage; disposing it stops it and leaves the storage as it was.</summary>
    public abstract PortalFactory StartPortal();

    public abstract string[] BackupArguments(string backupFolder);

    public abstract string[] RestoreArguments(string backup);

    /// <summary>Makes what restore.sh expects to restore into: nothing for SQLite (it makes the folder), an empty database for PostgreSQL.</summary>
    public virtual Task CreateEmptyAsync() => Task.CompletedTask;

    /// <summary>Every table the database holds (the portal's, Identity's, Quartz's) and its number of rows.</summary>
    public abstract Task<SortedDictionary<string, long>> RowCountsAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class SqliteStorage(string dataFolder) : PortalStorage
    {
        public override string UploadsFolder => Path.Combine(dataFolder, "files");

        public override PortalFactory StartPortal() => PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Portal:DataPath"] = dataFolder });

        public override string[] BackupArguments(string backupFolder) => [dataFolder, backupFolder];

        public override string[] RestoreArguments(string backup) => [backup, dataFolder];

        public override async Task<SortedDictionary<string, long>> RowCountsAsync()
        {
            SqliteConnection.ClearAllPools();
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataFolder, "portal.db"),
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            await connection.OpenAsync();
            var tables = await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
            return await CountAsync(connection, tables.Select(table => (table, $"\"{table}\"")));
        }
    }

    private sealed class PostgreSqlStorage : PortalStorage
    {
        private readonly NpgsqlConnectionStringBuilder _connection;
        private readonly string _uploads;

        public PostgreSqlStorage(string folder)
        {
            var server = System.Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException($"The PostgreSQL backup test needs a server: set {TestDatabase.PostgresVariable} (scripts/test.sh starts one).");
            }

            _connection = new NpgsqlConnectionStringBuilder(server) { Database = "portal_ops_" + Guid.NewGuid().ToString("N")[..12] };
            _uploads = Path.Combine(folder, "uploads");
            // The connection as libpq variables, the password never on a command line.
            Environment = new Dictionary<string, string>
            {
                ["PGHOST"] = _connection.Host ?? "127.0.0.1",
                ["PGPORT"] = _connection.Port.ToString(),
                ["PGUSER"] = _connection.Username ?? "postgres",
                ["PGPASSWORD"] = _connection.Password ?? "",
                ["PGDATABASE"] = _connection.Database!,
            };
        }

        public override string UploadsFolder => _uploads;

        public override PortalFactory StartPortal() => PortalFactory.With(TestDatabase.PostgreSql(), new Dictionary<string, string?>
        {
            ["Portal:Database:ConnectionString"] = _connection.ToString(),
            ["Portal:Files:Path"] = _uploads,
        });

        /// <summary>backup.sh is given a libpq URL (the password stays in PGPASSWORD); restore.sh only the PG* variables.</summary>
        public override string[] BackupArguments(string backupFolder) =>
            ["--postgresql", "--dbname", $"postgresql://{Environment["PGUSER"]}@{Environment["PGHOST"]}:{Environment["PGPORT"]}/{_connection.Database}", "--files", _uploads, backupFolder];

        public override string[] RestoreArguments(string backup) => ["--postgresql", "--files", _uploads, backup];

        public override async Task CreateEmptyAsync() => await ExecuteOnServerAsync($"CREATE DATABASE \"{_connection.Database}\"");

        public override async Task<SortedDictionary<string, long>> RowCountsAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_connection.ToString());
            await connection.OpenAsync();
            var tables = await ListAsync(connection,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
            return await CountAsync(connection, tables.Select(table => (table, $"public.\"{table}\"")));
        }

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_connection.Database}\" WITH (FORCE)");
        }

        private async Task ExecuteOnServerAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connection.ToString()) { Database = "postgres", Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<List<string>> ListAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<SortedDictionary<string, long>> CountAsync(System.Data.Common.DbConnection connection, IEnumerable<(string Name, string Quoted)> tables)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, quoted) in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {quoted}";
            counts[name] = Convert.ToInt64(await command.ExecuteScalarAsync());
        }

        return counts;
    }
}

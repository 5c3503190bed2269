namespace Portal.Core.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Portal:Database";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>For PostgreSQL, a full connection string. For SQLite, empty means a file in the data folder.</summary>
    public string? ConnectionString { get; set; }
}

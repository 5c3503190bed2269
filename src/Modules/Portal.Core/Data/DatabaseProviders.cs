namespace Portal.Core.Data;

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public const string SqliteMigrationsAssembly = "Portal.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "Portal.Migrations.PostgreSql";
}

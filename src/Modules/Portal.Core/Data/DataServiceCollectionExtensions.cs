using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, configuration, environment);

        services.AddDbContext<PortalDbContext>(builder =>
        {
            // Content versions are always reached through their item, whose soft-delete filter is deliberate.
            builder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
            // A failed command, save, query or connection throws to its caller, which handles it (a unique key met
            // by a double click, a missing database the migrator creates) or lets it fail the request or job, where
            // it is logged once as an error. EF's own report of it is a warning, so that only what nobody handled is.
            builder.ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Warning),
                (RelationalEventId.ConnectionError, LogLevel.Warning),
                (CoreEventId.SaveChangesFailed, LogLevel.Warning),
                (CoreEventId.QueryIterationFailed, LogLevel.Warning)));
            switch (options.Provider)
            {
                case DatabaseProviders.Sqlite:
                    builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(DatabaseProviders.SqliteMigrationsAssembly));
                    builder.AddInterceptors(new SqliteConnectionPragmas());
                    break;
                case DatabaseProviders.PostgreSql:
                    builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(DatabaseProviders.PostgreSqlMigrationsAssembly));
                    break;
                default:
                    throw new InvalidOperationException(
                        $"数据库类型 “{options.Provider}” 不受支持，请在 {DatabaseOptions.Section}:Provider 中填写 Sqlite 或 PostgreSql。");
            }
        });

        return services;
    }

    private static string ResolveConnectionString(DatabaseOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider != DatabaseProviders.Sqlite)
        {
            throw new InvalidOperationException($"使用 {options.Provider} 时必须在 {DatabaseOptions.Section}:ConnectionString 中提供连接字符串。");
        }

        var dataFolder = PortalPaths.DataFolder(configuration, environment);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, "portal.db"),
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
        }.ToString();
    }
}

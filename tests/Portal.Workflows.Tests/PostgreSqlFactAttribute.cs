using Portal.Testing;

namespace Portal.Workflows.Tests;

/// <summary>A test that needs a PostgreSQL server of its own: skipped, saying why, when none is given (scripts/test.sh gives one).</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Skip = $"Needs a PostgreSQL server: set {TestDatabase.PostgresVariable} (e.g. 'Host=127.0.0.1;Username=postgres;Password=postgres'). " +
                   "scripts/test.sh starts one and sets it.";
        }
    }
}

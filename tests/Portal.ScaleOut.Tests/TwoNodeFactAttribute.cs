using Portal.Testing;

namespace Portal.ScaleOut.Tests;

/// <summary>A two-node test: skipped, saying why, when no PostgreSQL server or no Redis is given (scripts/test.sh gives both).</summary>
public sealed class TwoNodeFactAttribute : FactAttribute
{
    public const string RedisVariable = "PORTAL_TEST_REDIS";

    public TwoNodeFactAttribute()
    {
        var missing = new[] { TestDatabase.PostgresVariable, RedisVariable }
            .Where(name => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name)))
            .ToList();
        if (missing.Count > 0)
        {
            Skip = $"Two portal nodes need PostgreSQL and Redis: set {string.Join(" and ", missing)} " +
                   $"(e.g. {RedisVariable}=127.0.0.1:6379). scripts/test.sh starts both and sets them.";
        }
    }
}

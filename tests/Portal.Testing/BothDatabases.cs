using Xunit;

namespace Portal.Testing;

/// <summary>Theory data: run a persistence test once on SQLite and once on PostgreSQL.</summary>
public sealed class BothDatabases : TheoryData<string>
{
    public BothDatabases()
    {
        Add("Sqlite");
        Add("PostgreSql");
    }

    public static TestDatabase Create(string provider) =>
        provider == "PostgreSql" ? TestDatabase.PostgreSql() : TestDatabase.Sqlite();
}

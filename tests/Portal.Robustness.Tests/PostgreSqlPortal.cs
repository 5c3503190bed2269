using Portal.Testing;

namespace Portal.Robustness.Tests;

/// <summary>
/// The demo portal on PostgreSQL, the stricter of the two databases (it refuses text SQLite takes, such as a NUL), so
/// that hostile values meet the database where it fails first.
/// </summary>
public sealed class PostgreSqlPortal() : PortalFactory(TestDatabase.PostgreSql());

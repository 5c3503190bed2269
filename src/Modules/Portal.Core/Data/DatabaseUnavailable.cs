using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Core.Data;

/// <summary>
/// Whether a failure means the database could not be reached or was too busy (stopped, restarting, unreachable, out of
/// connections, locked), which is worth trying again in a moment, rather than a fault of the request or the code.
/// </summary>
public static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Caused(Exception exception) => Chain(exception).Any(e => e switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        TimeoutException or SocketException => true,
        _ => false,
    });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            var inner = current is AggregateException aggregate ? aggregate.InnerExceptions : current.InnerException is { } one ? [one] : [];
            foreach (var next in inner)
            {
                pending.Push(next);
            }
        }
    }
}

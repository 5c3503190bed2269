using System.Collections.Concurrent;

namespace Portal.Testing;

/// <summary>
/// Which test class is running on this flow, and which test hosts each test class uses, so that an error a host
/// logs is charged to a test of the class that uses it, even while other classes run in parallel.
/// </summary>
internal static class RunningTests
{
    private static readonly AsyncLocal<Type?> CurrentClass = new();
    private static readonly ConcurrentDictionary<LoggedErrors, Type> Users = new();

    public static void Starting(Type testClass) => CurrentClass.Value = testClass;

    /// <summary>Called by a host whenever a test touches it: the running test's class is charged with its errors.</summary>
    public static void Touch(LoggedErrors host)
    {
        if (CurrentClass.Value is { } testClass)
        {
            Users[host] = testClass;
        }
    }

    public static void Forget(LoggedErrors host) => Users.TryRemove(host, out _);

    /// <summary>The errors logged so far by the hosts that <paramref name="testClass"/> uses.</summary>
    public static IReadOnlyList<string> ErrorsOf(Type testClass) =>
        Users.Where(user => user.Value == testClass).SelectMany(user => user.Key.Take()).ToList();
}

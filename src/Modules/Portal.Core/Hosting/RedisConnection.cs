using StackExchange.Redis;

namespace Portal.Core.Hosting;

/// <summary>
/// How the caches talk to Redis. A cache that is down must cost a reader nothing, so unless the configuration string
/// says otherwise: commands fail at once while disconnected instead of queueing until Redis returns, a hung server is
/// given up on within a second, the node starts even when Redis does not answer, and it reconnects every second.
/// </summary>
internal static class RedisConnection
{
    public static ConfigurationOptions Options(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        if (!Names(configuration, "abortConnect"))
        {
            options.AbortOnConnectFail = false;
        }

        if (!Names(configuration, "connectTimeout"))
        {
            options.ConnectTimeout = 2000;
        }

        if (!Names(configuration, "syncTimeout"))
        {
            options.SyncTimeout = 1000;
        }

        if (!Names(configuration, "asyncTimeout"))
        {
            options.AsyncTimeout = 1000;
        }

        return options;
    }

    private static bool Names(string configuration, string option) =>
        configuration.Split(',').Any(part => part.Trim().StartsWith(option + "=", StringComparison.OrdinalIgnoreCase));
}

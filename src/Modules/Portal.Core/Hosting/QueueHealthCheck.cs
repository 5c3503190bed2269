using System.Text.RegularExpressions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Portal.Core.Queues;

namespace Portal.Core.Hosting;

/// <summary>
/// Every background queue in the readiness check: its pending and parked entries as data, and Degraded while any
/// queue has parked entries (they wait for an administrator's retry) or more pending than the threshold (its
/// consumer has fallen behind: for search, this node's index lags the queue). Neither takes the node out of rotation.
/// </summary>
internal sealed partial class QueueHealthCheck(IEnumerable<IQueueMonitor> monitors, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var threshold = options.Value.QueueLagThreshold;
        var data = new Dictionary<string, object>();
        var troubled = new List<string>();
        foreach (var monitor in monitors)
        {
            var queue = await monitor.ReadAsync(cancellationToken);
            var key = UniqueKey(queue.AdminPath, data);
            data[key + "-pending"] = queue.Pending;
            data[key + "-parked"] = queue.Parked;
            if (queue.Parked > 0 || queue.Pending > threshold)
            {
                troubled.Add(key);
            }
        }

        return troubled.Count == 0
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Degraded($"Queues with parked entries or more than {threshold} pending: {string.Join(", ", troubled)}.", data: data);
    }

    /// <summary>
    /// A queue's name in the report, from where administrators look after it (<c>/admin/search</c> gives
    /// <c>search</c>): plain ASCII for monitoring tools, stable across releases, unlike the Chinese display name.
    /// </summary>
    internal static string Key(string adminPath)
    {
        var path = adminPath.Split('?', '#')[0].ToLowerInvariant();
        path = path.StartsWith("/admin/", StringComparison.Ordinal) ? path["/admin/".Length..] : path;
        var key = NotKeyText().Replace(path, "-").Trim('-');
        return key.Length == 0 ? "queue" : key;
    }

    private static string UniqueKey(string adminPath, Dictionary<string, object> taken)
    {
        var key = Key(adminPath);
        var candidate = key;
        for (var n = 2; taken.ContainsKey(candidate + "-pending"); n++)
        {
            candidate = $"{key}-{n}";
        }

        return candidate;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKeyText();
}

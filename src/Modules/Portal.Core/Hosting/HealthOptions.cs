namespace Portal.Core.Hosting;

/// <summary>What the readiness check (<c>/health/ready</c>) tolerates before it reports the node degraded.</summary>
public sealed class HealthOptions
{
    public const string Section = "Portal:Health";

    /// <summary>
    /// Entries a background queue may have waiting before the node counts as behind, e.g. this node's search index
    /// lagging the search queue. More is reported as Degraded (still 200: the node serves, only late).
    /// </summary>
    public int QueueLagThreshold { get; set; } = 500;

    /// <summary>How long one check may take before it counts as failed, so that a hanging database cannot hang the probe.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

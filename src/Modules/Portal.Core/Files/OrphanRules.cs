namespace Portal.Core.Files;

/// <summary>
/// Which files no row points to the start-up sweep may remove: those last written before a cut-off.
/// <para>
/// An upload is written (and renamed into place) before the row that points to it is committed, a few seconds at most
/// later. In the node's own folder nothing else writes, and the sweep runs before the node serves, so every file there
/// is finished business: the cut-off is now. In a configured folder several nodes may share, another node may be
/// between writing a file and committing its row, so only files older than an hour go; that is far beyond any request,
/// and beyond the clock differences between nodes and the file server. Orphans younger than that wait for the next start.
/// </para>
/// </summary>
public static class OrphanRules
{
    public const string GracePeriodKey = "Portal:Files:OrphanGracePeriod";

    public static readonly TimeSpan SharedFolderGracePeriod = TimeSpan.FromHours(1);

    public static DateTime Cutoff(DateTime utcNow, bool sharedFolder, TimeSpan? configuredGracePeriod) =>
        utcNow - (configuredGracePeriod ?? (sharedFolder ? SharedFolderGracePeriod : TimeSpan.Zero));
}

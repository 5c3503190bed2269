using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;

namespace Portal.Core.Files;

/// <summary>
/// At start-up, removes uploaded files that no row points to: left by a crash between storing a file and committing
/// its row, or between deleting a row and its file, and half-written files in the incoming folder. Only the areas
/// a module declares through <see cref="IFileReferences"/> are swept, and only files older than
/// <see cref="OrphanRules.Cutoff"/>. The files are listed before the rows are read, so a row committed meanwhile keeps its file.
/// </summary>
internal sealed class OrphanFileSweep(FileStoreRoot root, IConfiguration configuration, TimeProvider clock, ILogger<OrphanFileSweep> logger)
    : IStartupTask
{
    /// <summary>After the setup recipe, whose files are then referenced.</summary>
    public int Order => 200;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cutoff = OrphanRules.Cutoff(clock.GetUtcNow().UtcDateTime, root.Shared, configuration.GetValue<TimeSpan?>(OrphanRules.GracePeriodKey));
        var removed = Remove(FilesBefore(Path.Combine(root.Path, DiskFileStore.IncomingFolder), cutoff));
        foreach (var references in services.GetServices<IFileReferences>())
        {
            var candidates = references.Areas.SelectMany(area => FilesBefore(Path.Combine(root.Path, area), cutoff)).ToList();
            if (candidates.Count > 0)
            {
                var kept = (await references.KeysAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
                removed += Remove(candidates.Where(file => !kept.Contains(Key(file))));
            }
        }

        if (removed > 0)
        {
            logger.LogWarning("Removed {Count} uploaded file(s) that no record points to (left by an interrupted upload or deletion) from {Folder}.",
                removed, root.Path);
        }
    }

    private static List<string> FilesBefore(string folder, DateTime cutoff) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(file => File.GetLastWriteTimeUtc(file) < cutoff).ToList()
            : [];

    private string Key(string file) => Path.GetRelativePath(root.Path, file).Replace(Path.DirectorySeparatorChar, '/');

    private static int Remove(IEnumerable<string> files)
    {
        var count = 0;
        foreach (var file in files)
        {
            File.Delete(file);
            count++;
        }

        return count;
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Quartz;

namespace Portal.Workflows.Jobs;

/// <summary>
/// Creates the job store's tables before the scheduler starts. They are Quartz's, not the portal model's, so they
/// live outside the EF migrations; the script is the one Quartz ships for its own provisioning, in which every
/// statement creates only what is missing, so running it at every start is safe, also from several nodes at once.
/// </summary>
internal sealed partial class QuartzSchemaTask : IStartupTask
{
    public const string TablePrefix = "QRTZ_";

    public int Order => 1;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        foreach (var statement in Statements(db.Database.IsNpgsql() ? "postgres" : "sqlite"))
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    internal static IEnumerable<string> Statements(string dialect)
    {
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Quartz 程序集中缺少建表脚本 {name}，请检查 Quartz 的版本。");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix).Replace("{1}", TablePrefix);
        return Separator().Split(script)
            .Where(piece => piece.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)))
            .Select(piece => piece.Trim())
            .ToList();
    }

    /// <summary>Statements are separated by a line reading exactly <c>--;;</c>.</summary>
    [GeneratedRegex(@"^--;;\s*$", RegexOptions.Multiline)]
    private static partial Regex Separator();
}

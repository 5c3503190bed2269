using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Files;
using Portal.Testing;

namespace Portal.Core.Tests;

/// <summary>At start-up the portal removes uploaded files no row points to, in the areas modules declare, older than the cut-off.</summary>
public sealed class OrphanFileSweepTests : IDisposable
{
    private const string Area = "sweep-test";
    private const string Referenced = Area + "/2026/0123456789abcdef0123456789abcdef.pdf";

    private readonly string _shared = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "portal-shared-files", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void In_the_nodes_own_folder_every_file_no_row_points_to_goes_in_a_shared_one_only_those_older_than_an_hour()
    {
        var now = new DateTime(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);

        Assert.Equal(now, OrphanRules.Cutoff(now, sharedFolder: false, configuredGracePeriod: null));
        Assert.Equal(now.AddHours(-1), OrphanRules.Cutoff(now, sharedFolder: true, configuredGracePeriod: null));
        Assert.Equal(now.AddMinutes(-5), OrphanRules.Cutoff(now, sharedFolder: true, configuredGracePeriod: TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task A_shared_folder_keeps_referenced_recent_and_undeclared_files_and_loses_old_strays()
    {
        var oldStray = Seed(Area + "/2026/11111111111111111111111111111111.pdf", hoursOld: 2);
        var oldHalfWritten = Seed(".incoming/22222222222222222222222222222222", hoursOld: 2);
        var referenced = Seed(Referenced, hoursOld: 2);
        var recentStray = Seed(Area + "/2026/33333333333333333333333333333333.pdf", hoursOld: 0);
        var undeclared = Seed("regulations/2026/44444444444444444444444444444444.pdf", hoursOld: 2);

        using var factory = PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?> { [FileStoreRoot.PathKey] = _shared });
        using var portal = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<IFileReferences, TestReferences>()));
        _ = portal.Services;

        Assert.False(File.Exists(oldStray), "an old file no row points to");
        Assert.False(File.Exists(oldHalfWritten), "an old half-written upload");
        Assert.True(File.Exists(referenced), "a file a row points to");
        Assert.True(File.Exists(recentStray), "a recent file: another node may be about to commit its row");
        Assert.True(File.Exists(undeclared), "a file in an area no module declares");
    }

    public void Dispose() => Directory.Delete(_shared, recursive: true);

    private string Seed(string key, int hoursOld)
    {
        var path = Path.Combine(_shared, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, "%PDF-1.4"u8.ToArray());
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-hoursOld));
        return path;
    }

    private sealed class TestReferences : IFileReferences
    {
        public IReadOnlyCollection<string> Areas { get; } = [Area];

        public Task<IReadOnlyCollection<string>> KeysAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<string>>([Referenced]);
    }
}

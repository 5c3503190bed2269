using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Contents.Tests;

/// <summary>
/// The whole portal on one database with a manual clock and without the scheduled-publishing timer,
/// so that only the tests move time and publish what is due. Every call runs in its own scope, like a request.
/// </summary>
public sealed class ContentHost : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal;
    private readonly WebApplicationFactory<Program> _app;
    private int _types;

    public ContentHost(string provider)
    {
        _portal = PortalFactory.With(BothDatabases.Create(provider));
        _app = _portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IHostedService>();
        }));
        _ = _app.Services;
    }

    public ManualClock Clock { get; } = new(Start);

    public IServiceProvider Services => _app.Services;

    /// <summary>A content type of the test's own, so that its slugs and items meet no other test's.</summary>
    public string NewContentType() => $"Test{Interlocked.Increment(ref _types)}";

    public async Task<T> Contents<T>(Func<ContentManager, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContentManager>());
    }

    /// <summary>Publishes the scheduled items whose time has come, each in a scope of its own as the scheduled-publishing job does; returns how many.</summary>
    public async Task<int> PublishDueAsync()
    {
        var published = 0;
        foreach (var item in await Contents(c => c.DueForPublishingAsync()))
        {
            if (await Contents(c => c.PublishScheduledAsync(item.Id)))
            {
                published++;
            }
        }

        return published;
    }

    public async Task<ContentItem> CreateAsync(string contentType, string title = "许昌市人大常委会召开主任会议", string body = "会议研究了有关事项。")
    {
        var outcome = await Contents(c => c.CreateAsync(contentType, new ContentDraft(title, body)));
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Item!;
    }

    /// <summary>Runs a change that must succeed; returns the item as it stands after it, with its new stamp.</summary>
    public async Task<ContentItem> ChangeAsync(Func<ContentManager, Task<ContentOutcome>> change)
    {
        var outcome = await Contents(change);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Item!;
    }

    public Task<ContentItem> ItemAsync(long id) =>
        Contents(c => c.Items.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id));

    /// <summary>Every version of the item, oldest first.</summary>
    public async Task<List<ContentVersion>> VersionsAsync(long id) =>
        (await Contents(c => c.GetHistoryAsync(id))).OrderBy(v => v.Number).ToList();

    public async Task<List<AuditEntry>> AuditAsync(long id)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var key = id.ToString();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "内容" && e.EntityId == key)
            .OrderBy(e => e.Id)
            .ToListAsync();
    }

    public void Dispose() => _portal.Dispose();
}

/// <summary>One host per database, made when a test first asks for it and shared by the whole collection.</summary>
public sealed class ContentHosts : IDisposable
{
    private readonly Dictionary<string, ContentHost> _hosts = [];

    public ContentHost For(string provider)
    {
        lock (_hosts)
        {
            if (!_hosts.TryGetValue(provider, out var host))
            {
                host = new ContentHost(provider);
                _hosts[provider] = host;
            }

            return host;
        }
    }

    public void Dispose()
    {
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }
}

/// <summary>The content engine's persistence tests share two hosts and one clock per host, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ContentEngineCollection : ICollectionFixture<ContentHosts>
{
    public const string Name = "Content engine";
}

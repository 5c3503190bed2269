using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Portal.Search.Models;
using Portal.Search.Services;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>
/// An item whose source throws never holds up the queue: the entries after it are applied, it is tried again with
/// growing waits and then parked for an administrator, whose retry applies it once the fault is fixed.
/// </summary>
public sealed class FailedItemTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 1, 0, 0, TimeSpan.Zero);

    private readonly FlakySource _source = new();
    private readonly FakeTimeProvider _clock = new(Start);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_item_whose_source_throws_is_passed_over_then_tried_again_with_growing_waits_and_parked(string provider)
    {
        using var database = BothDatabases.Create(provider);
        using var node = Node(database);
        await node.Services.CatchUpAsync();
        var reader = PortalClient.Create(node);

        _source.Titles["1"] = "珊瑚礁保护条目";
        _source.Titles["2"] = "红树林保护条目";
        _source.Broken.Add("1");
        await node.Services.EnqueueAsync(FlakySource.Kind, "1");
        await node.Services.EnqueueAsync(FlakySource.Kind, "2");
        var article = await node.Services.ArticleAsync("湿地公园开园", "市人大常委会视察翡翠湖湿地公园。");
        await node.Services.CatchUpAsync();

        Assert.Equal([FlakySource.Url("2")], SearchHost.ResultUrls(await reader.SearchAsync("红树林")));
        Assert.Equal([$"/news/{article.Slug}"], SearchHost.ResultUrls(await reader.SearchAsync("翡翠湖")));
        Assert.Equal(0, SearchHost.Total(await reader.SearchAsync("珊瑚礁")));
        Assert.Equal(0, await node.Services.GetRequiredService<SearchIndexer>().PendingAsync());
        var failure = Assert.Single(await node.Services.FailuresAsync());
        Assert.Equal((FlakySource.Kind, "1", 1, false), (failure.Kind, failure.Key, failure.Attempts, failure.IsParked));
        Assert.Equal("InvalidOperationException: 条目 1 无法读取。", failure.LastError);
        Assert.Equal(node.Services.GetRequiredService<SearchIndex>().NodeId, failure.Node);

        _clock.Advance(TimeSpan.FromSeconds(9));
        await node.Services.CatchUpAsync();
        Assert.Equal(1, Assert.Single(await node.Services.FailuresAsync()).Attempts);

        var waits = new List<TimeSpan>();
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            var waiting = Assert.Single(await node.Services.FailuresAsync());
            waits.Add(waiting.NextAttemptAt - waiting.LastAttemptAt);
            _clock.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(waiting.NextAttemptAt, DateTimeKind.Utc)));
            await node.Services.CatchUpAsync();
            Assert.Equal(attempt, Assert.Single(await node.Services.FailuresAsync()).Attempts);
        }

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)], waits);
        _clock.Advance(TimeSpan.FromHours(2));
        await node.Services.CatchUpAsync();
        var parked = Assert.Single(await node.Services.FailuresAsync());
        Assert.Equal((5, true), (parked.Attempts, parked.IsParked));
        var status = await node.Services.SearchQueueStatusAsync();
        Assert.Equal((0, 1, "/admin/search", SearchPermissions.ManageSearch), (status.Pending, status.Parked, status.AdminPath, status.Permission));

        // A new change to the item is applied as soon as it reads again.
        _source.Broken.Clear();
        await node.Services.EnqueueAsync(FlakySource.Kind, "1");
        await node.Services.CatchUpAsync();
        Assert.Equal([FlakySource.Url("1")], SearchHost.ResultUrls(await reader.SearchAsync("珊瑚礁")));
        Assert.Empty(await node.Services.FailuresAsync());
    }

    [Fact]
    public async Task An_administrator_s_retry_applies_a_parked_item_once_its_source_is_fixed()
    {
        using var database = TestDatabase.Sqlite();
        using var node = Node(database);
        await node.Services.CatchUpAsync();
        _source.Titles["7"] = "银杏大道条目";
        _source.Broken.Add("7");
        await node.Services.EnqueueAsync(FlakySource.Kind, "7");
        await node.Services.CatchUpAsync();
        while (Assert.Single(await node.Services.FailuresAsync()) is { IsParked: false } waiting)
        {
            _clock.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(waiting.NextAttemptAt, DateTimeKind.Utc)));
            await node.Services.CatchUpAsync();
        }

        var admin = await PortalClient.SignedInAsync(node, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var page = await admin.GetStringAsync("/admin/search");
        Assert.Matches("<tr data-failure=\"FlakyRecord:7\">\\s*<td>FlakyRecord</td>\\s*<td>7</td>\\s*<td data-field=\"attempts\">5</td>[\\s\\S]*?已搁置[\\s\\S]*?条目 7 无法读取。", page);
        Assert.Contains("立即重试", page);

        var editor = await PortalClient.SignedInAsync(node, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var refused = await editor.PostFormAsync("/admin/news/create", "/admin/search/failures/retry", new() { ["kind"] = FlakySource.Kind, ["key"] = "7" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // Retried while the fault is still there: one attempt, parked again at once.
        Assert.Equal(HttpStatusCode.Redirect, (await RetryAsync(admin)).StatusCode);
        await node.Services.CatchUpAsync();
        var again = Assert.Single(await node.Services.FailuresAsync());
        Assert.Equal((6, true), (again.Attempts, again.IsParked));

        _source.Broken.Clear();
        var retried = await RetryAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains("已安排立即重试“FlakyRecord” 7", await admin.GetStringAsync(retried.Headers.Location!.OriginalString));
        await node.Services.CatchUpAsync();

        Assert.Equal([FlakySource.Url("7")], SearchHost.ResultUrls(await PortalClient.Create(node).SearchAsync("银杏")));
        Assert.Empty(await node.Services.FailuresAsync());
        Assert.Contains("没有未能收录的条目。", await admin.GetStringAsync("/admin/search"));
        Assert.Equal(0, (await node.Services.SearchQueueStatusAsync()).Parked);
        await using var scope = node.CreateScope();
        Assert.Equal(2, await node.Db(scope).AuditEntries.CountAsync(e => e.Action == "重试索引" && e.EntityId == "FlakyRecord:7" && e.UserName == DemoAccounts.Admin));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_rebuild_records_what_it_cannot_index_and_indexes_the_rest(string provider)
    {
        using var database = BothDatabases.Create(provider);
        _source.Titles["1"] = "珊瑚礁保护条目";
        _source.Titles["2"] = "红树林保护条目";
        _source.Titles["3"] = "银杏大道条目";
        _source.Broken.Add("2");
        using var node = Node(database);
        var reader = PortalClient.Create(node);

        // A new index is built from the database: the document the index refuses is recorded, the rest are in.
        await node.Services.CatchUpAsync();
        Assert.NotNull(node.Services.GetRequiredService<SearchIndexer>().LastRebuiltAt);
        Assert.Equal([FlakySource.Url("1")], SearchHost.ResultUrls(await reader.SearchAsync("珊瑚礁")));
        Assert.Equal([FlakySource.Url("3")], SearchHost.ResultUrls(await reader.SearchAsync("银杏")));
        Assert.Contains("/news/2012-essay-and-golden-ideas-results", SearchHost.ResultUrls(await reader.SearchAsync("金点子")));
        var refused = Assert.Single(await node.Services.FailuresAsync());
        Assert.Equal((FlakySource.Kind, "2", 1), (refused.Kind, refused.Key, refused.Attempts));

        // The next rebuild forgets that failure; this time the source breaks off its listing, which is recorded for the kind as a whole.
        _source.Broken.Clear();
        _source.ListingBreaksAfter = 1;
        await node.Services.RequestRebuildAsync();
        await node.Services.CatchUpAsync();
        Assert.Equal([FlakySource.Url("1")], SearchHost.ResultUrls(await reader.SearchAsync("珊瑚礁")));
        Assert.Equal(0, SearchHost.Total(await reader.SearchAsync("银杏")));
        Assert.Contains("/news/2012-essay-and-golden-ideas-results", SearchHost.ResultUrls(await reader.SearchAsync("金点子")));
        var broken = Assert.Single(await node.Services.FailuresAsync());
        Assert.Equal((FlakySource.Kind, SearchIndexFailure.EveryItem, 1), (broken.Kind, broken.Key, broken.Attempts));

        // When it is due, the kind is listed again and every item is back.
        _source.ListingBreaksAfter = null;
        _clock.Advance(TimeSpan.FromSeconds(10));
        await node.Services.CatchUpAsync();
        Assert.Equal([FlakySource.Url("2")], SearchHost.ResultUrls(await reader.SearchAsync("红树林")));
        Assert.Equal([FlakySource.Url("3")], SearchHost.ResultUrls(await reader.SearchAsync("银杏")));
        Assert.Empty(await node.Services.FailuresAsync());
    }

    private static Task<HttpResponseMessage> RetryAsync(PortalClient admin) =>
        admin.PostFormAsync("/admin/search", "/admin/search/failures/retry", new() { ["kind"] = FlakySource.Kind, ["key"] = "7" });

    private SearchNode Node(TestDatabase database) => new(database, Path.Combine(database.DataFolder, "index"), services =>
    {
        services.AddScoped<ISearchDocumentSource>(_ => _source);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(_clock);
    });
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.Core.Queues;
using Portal.News.Models;
using Portal.News.Services;
using Portal.Search.Models;
using Portal.Search.Services;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>What the search tests do to a portal: publish through the content engine, catch the index up, and read /search as a reader.</summary>
internal static partial class SearchHost
{
    public static async Task CatchUpAsync(this IServiceProvider services) =>
        await services.GetRequiredService<SearchIndexer>().CatchUpAsync();

    /// <summary>What a module does when one of its records changes: queue it and save.</summary>
    public static async Task EnqueueAsync(this IServiceProvider services, string kind, string key)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SearchQueue>().Enqueue(kind, key);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    public static async Task RequestRebuildAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SearchQueue>().RequestRebuild();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    /// <summary>Every node's failed items, as stored.</summary>
    public static async Task<List<SearchIndexFailure>> FailuresAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchIndexFailure>().AsNoTracking().ToListAsync();
    }

    /// <summary>The search queue as the admin dashboard and the readiness check read it.</summary>
    public static async Task<QueueStatus> SearchQueueStatusAsync(this IServiceProvider services)
    {
        foreach (var monitor in services.GetServices<IQueueMonitor>())
        {
            if (await monitor.ReadAsync() is { Name: "站内搜索索引" } status)
            {
                return status;
            }
        }

        throw new InvalidOperationException("No queue monitor reports the search index.");
    }

    /// <summary>Creates an article in 工作动态 (published unless told otherwise) and returns it.</summary>
    public static async Task<ContentItem> ArticleAsync(this IServiceProvider services, string title, string body, bool publish = true)
    {
        await using var scope = services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var column = await scope.ServiceProvider.GetRequiredService<ColumnTree>().FindBySlugAsync("gongzuo-dongtai");
        var created = await contents.CreateAsync(ArticleTypes.Article, new ContentDraft(title, body, null, new ArticleFields(column!.Id, null, false).ToJson()));
        Assert.True(created.Succeeded, created.Message);
        if (!publish)
        {
            return created.Item!;
        }

        var published = await contents.PublishAsync(created.Item!.Id, created.Item.ConcurrencyStamp);
        Assert.True(published.Succeeded, published.Message);
        return published.Item!;
    }

    public static async Task<ContentOutcome> ChangeAsync(this IServiceProvider services, long id, Func<ContentManager, Guid, Task<ContentOutcome>> change)
    {
        await using var scope = services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await contents.FindAsync(id);
        var outcome = await change(contents, item!.ConcurrencyStamp);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome;
    }

    public static async Task<string> SearchAsync(this PortalClient reader, string query, string extra = "")
    {
        var response = await reader.Http.GetAsync("/search?q=" + Uri.EscapeDataString(query) + extra);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/search?q={query}{extra} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>The result links of a search page, in order.</summary>
    public static IReadOnlyList<string> ResultUrls(string html) =>
        [.. ResultLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public static int Total(string html) => int.Parse(TotalPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("<h2><a href=\"([^\"]+)\">")]
    private static partial Regex ResultLink();

    [GeneratedRegex("data-field=\"total\">(\\d+)<")]
    private static partial Regex TotalPattern();
}

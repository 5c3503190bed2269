using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Services;
using Portal.Testing;

namespace Portal.Search.Tests;

/// <summary>The durable queue on both databases: a node that was down catches up, and two nodes each keep their own index.</summary>
public sealed class SearchQueueTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_restarted_node_catches_up_on_changes_made_while_it_was_down(string provider)
    {
        using var database = BothDatabases.Create(provider);
        var firstIndex = Path.Combine(database.DataFolder, "index-node-1");
        long markBeforeStop;
        using (var first = new SearchNode(database, firstIndex))
        {
            await first.Services.CatchUpAsync();
            Assert.Contains("/regulations/gongzuo-pingyi-banfa", SearchHost.ResultUrls(await PortalClient.Create(first).SearchAsync("工作评议")));
            markBeforeStop = first.Services.GetRequiredService<SearchIndex>().Mark!.Value;
            Assert.True(markBeforeStop > 0, "The demo recipe's changes are applied and settled.");
        }

        // While node 1 is down, an editor publishes on node 2; node 2 indexes it in its own folder.
        using var second = new SearchNode(database, Path.Combine(database.DataFolder, "index-node-2"));
        var article = await second.Services.ArticleAsync("停机期间发布的消息", "市人大常委会视察橄榄枝公园建设。");
        await second.Services.CatchUpAsync();
        Assert.Equal([$"/news/{article.Slug}"], SearchHost.ResultUrls(await PortalClient.Create(second).SearchAsync("橄榄枝")));

        // Restarted, node 1 starts from the mark stored in its index, not from a rebuild, and applies what it missed.
        using var restarted = new SearchNode(database, firstIndex);
        Assert.Equal(markBeforeStop, restarted.Services.GetRequiredService<SearchIndex>().Mark);
        Assert.True(await restarted.Services.GetRequiredService<SearchIndexer>().PendingAsync() > 0);
        Assert.Equal(0, SearchHost.Total(await PortalClient.Create(restarted).SearchAsync("橄榄枝")));
        await restarted.Services.CatchUpAsync();
        Assert.Null(restarted.Services.GetRequiredService<SearchIndexer>().LastRebuiltAt);

        Assert.Equal([$"/news/{article.Slug}"], SearchHost.ResultUrls(await PortalClient.Create(restarted).SearchAsync("橄榄枝")));
        Assert.Equal(0, await restarted.Services.GetRequiredService<SearchIndexer>().PendingAsync());

        // Unpublished on the restarted node: both nodes drop it.
        await restarted.Services.ChangeAsync(article.Id, (c, stamp) => c.UnpublishAsync(article.Id, stamp));
        await restarted.Services.CatchUpAsync();
        await second.Services.CatchUpAsync();
        Assert.Equal(0, SearchHost.Total(await PortalClient.Create(restarted).SearchAsync("橄榄枝")));
        Assert.Equal(0, SearchHost.Total(await PortalClient.Create(second).SearchAsync("橄榄枝")));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_lost_index_folder_is_rebuilt_from_the_database(string provider)
    {
        using var database = BothDatabases.Create(provider);
        var folder = Path.Combine(database.DataFolder, "index-lost");
        using (var node = new SearchNode(database, folder))
        {
            await node.Services.CatchUpAsync();
        }

        Directory.Delete(folder, recursive: true);
        using var again = new SearchNode(database, folder);
        Assert.Null(again.Services.GetRequiredService<SearchIndex>().Mark);
        await again.Services.CatchUpAsync();

        Assert.Contains("/news/2012-essay-and-golden-ideas-results", SearchHost.ResultUrls(await PortalClient.Create(again).SearchAsync("金点子")));
    }
}

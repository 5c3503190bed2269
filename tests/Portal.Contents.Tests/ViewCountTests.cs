using Portal.Testing;

namespace Portal.Contents.Tests;

[Collection(ContentEngineCollection.Name)]
public sealed class ViewCountTests(ContentHosts hosts)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Each_view_of_a_published_item_is_counted(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));

        var first = await host.Contents(c => c.CountViewAsync(item.Id));
        var second = await host.Contents(c => c.CountViewAsync(item.Id));

        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(2, (await host.ItemAsync(item.Id)).ViewCount);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_view_of_a_draft_is_not_counted(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        Assert.Null(await host.Contents(c => c.CountViewAsync(item.Id)));
        Assert.Equal(0, (await host.ItemAsync(item.Id)).ViewCount);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_view_of_an_unpublished_item_is_not_counted(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));
        await host.ChangeAsync(c => c.UnpublishAsync(item.Id, item.ConcurrencyStamp));

        Assert.Null(await host.Contents(c => c.CountViewAsync(item.Id)));
        Assert.Equal(0, (await host.ItemAsync(item.Id)).ViewCount);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_view_of_a_removed_item_is_not_counted(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));
        await host.ChangeAsync(c => c.RemoveAsync(item.Id, item.ConcurrencyStamp));

        Assert.Null(await host.Contents(c => c.CountViewAsync(item.Id)));
        Assert.Equal(0, (await host.ItemAsync(item.Id)).ViewCount);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_view_of_an_item_that_does_not_exist_is_not_counted(string provider)
    {
        Assert.Null(await hosts.For(provider).Contents(c => c.CountViewAsync(long.MaxValue)));
    }
}

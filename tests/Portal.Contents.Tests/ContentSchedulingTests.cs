using Portal.Contents.Models;
using Portal.Testing;

namespace Portal.Contents.Tests;

[Collection(ContentEngineCollection.Name)]
public sealed class ContentSchedulingTests(ContentHosts hosts)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Publishing_with_a_future_time_schedules_the_item_without_publishing_it(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        var at = host.Clock.UtcNow.AddHours(1);

        await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp, at));

        var stored = await host.ItemAsync(item.Id);
        Assert.Equal((ContentStatus.Scheduled, at, false), (stored.Status, stored.ScheduledPublishAt, stored.HasPublishedVersion));
        Assert.DoesNotContain(await host.VersionsAsync(item.Id), v => v.IsPublished);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_scheduled_item_is_not_published_before_its_time(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp, host.Clock.UtcNow.AddHours(1)));
        host.Clock.Advance(TimeSpan.FromMinutes(59));

        await host.PublishDueAsync();

        Assert.Equal(ContentStatus.Scheduled, (await host.ItemAsync(item.Id)).Status);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_scheduled_item_is_published_once_its_time_has_come(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp, host.Clock.UtcNow.AddHours(1)));
        host.Clock.Advance(TimeSpan.FromHours(1));

        var count = await host.PublishDueAsync();

        Assert.True(count >= 1);
        var stored = await host.ItemAsync(item.Id);
        Assert.Equal((ContentStatus.Published, true, null, host.Clock.UtcNow), (stored.Status, stored.HasPublishedVersion, stored.ScheduledPublishAt, stored.PublishedAt));
        Assert.True(Assert.Single(await host.VersionsAsync(item.Id)).IsPublished);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_scheduled_item_is_published_only_once(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp, host.Clock.UtcNow.AddHours(1)));
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.PublishDueAsync();

        await host.PublishDueAsync();

        Assert.Single(await host.AuditAsync(item.Id), e => e.Action == "发布");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Saving_a_draft_cancels_the_schedule(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp, host.Clock.UtcNow.AddHours(1)));
        await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("未经审核的修改", "正文")));
        host.Clock.Advance(TimeSpan.FromHours(2));

        await host.PublishDueAsync();

        var stored = await host.ItemAsync(item.Id);
        Assert.Equal((ContentStatus.Draft, null, false), (stored.Status, stored.ScheduledPublishAt, stored.HasPublishedVersion));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_stamp_from_before_the_scheduled_publication_is_refused_after_it(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        var opened = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp, host.Clock.UtcNow.AddHours(1)));
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.PublishDueAsync();

        var outcome = await host.Contents(c => c.SaveDraftAsync(item.Id, opened.ConcurrencyStamp, new ContentDraft("发布前打开的编辑页", "正文")));

        Assert.Equal(ContentOutcomeKind.Conflict, outcome.Kind);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Testing;

namespace Portal.Contents.Tests;

[Collection(ContentEngineCollection.Name)]
public sealed class ContentLifecycleTests(ContentHosts hosts)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_new_item_is_a_draft_with_one_version_owned_by_the_system_outside_a_request(string provider)
    {
        var host = hosts.For(provider);

        var item = await host.CreateAsync(host.NewContentType());

        var stored = await host.ItemAsync(item.Id);
        Assert.Equal((ContentStatus.Draft, false, "系统", host.Clock.UtcNow), (stored.Status, stored.HasPublishedVersion, stored.OwnerName, stored.CreatedAt));
        Assert.True(Assert.Single(await host.VersionsAsync(item.Id)).IsLatest);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Submitting_a_draft_puts_it_up_for_review(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        await host.ChangeAsync(c => c.SubmitAsync(item.Id, item.ConcurrencyStamp));

        Assert.Equal(ContentStatus.PendingReview, (await host.ItemAsync(item.Id)).Status);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Unpublishing_takes_the_item_off_the_public_site(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));

        await host.ChangeAsync(c => c.UnpublishAsync(item.Id, item.ConcurrencyStamp));

        var stored = await host.ItemAsync(item.Id);
        Assert.Equal((ContentStatus.Draft, false), (stored.Status, stored.HasPublishedVersion));
        Assert.DoesNotContain(await host.VersionsAsync(item.Id), v => v.IsPublished);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Unpublishing_an_item_that_is_not_published_is_refused(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        var outcome = await host.Contents(c => c.UnpublishAsync(item.Id, item.ConcurrencyStamp));

        Assert.Equal((ContentOutcomeKind.Invalid, "此内容尚未发布。"), (outcome.Kind, outcome.Message));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Removing_an_item_hides_it_from_the_items(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        await host.ChangeAsync(c => c.RemoveAsync(item.Id, item.ConcurrencyStamp));

        Assert.False(await host.Contents(c => c.Items.AnyAsync(i => i.Id == item.Id)));
        Assert.Null(await host.Contents(c => c.FindAsync(item.Id)));
        var stored = await host.ItemAsync(item.Id);
        Assert.Equal((host.Clock.UtcNow, "系统"), (stored.DeletedAt, stored.DeletedBy));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Restoring_an_item_from_the_trash_brings_it_back_with_its_versions(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        item = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "正文")));
        await host.ChangeAsync(c => c.RemoveAsync(item.Id, item.ConcurrencyStamp));

        await host.ChangeAsync(c => c.RestoreAsync(item.Id));

        Assert.True(await host.Contents(c => c.Items.AnyAsync(i => i.Id == item.Id)));
        Assert.Null((await host.ItemAsync(item.Id)).DeletedAt);
        Assert.Equal(2, (await host.VersionsAsync(item.Id)).Count);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Restoring_an_item_that_is_not_in_the_trash_is_refused(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        var outcome = await host.Contents(c => c.RestoreAsync(item.Id));

        Assert.Equal((ContentOutcomeKind.Invalid, "此内容不在回收站中。"), (outcome.Kind, outcome.Message));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_removed_item_cannot_be_changed_until_it_is_restored(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        item = await host.ChangeAsync(c => c.RemoveAsync(item.Id, item.ConcurrencyStamp));

        var outcome = await host.Contents(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("回收站里的修改", "正文")));

        Assert.Equal((ContentOutcomeKind.NotFound, "内容不存在或已被删除。"), (outcome.Kind, outcome.Message));
    }
}

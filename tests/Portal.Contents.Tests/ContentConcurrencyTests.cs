using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Testing;

namespace Portal.Contents.Tests;

[Collection(ContentEngineCollection.Name)]
public sealed class ContentConcurrencyTests(ContentHosts hosts)
{
    private static readonly Dictionary<string, Func<ContentManager, long, Guid, Task<ContentOutcome>>> StampedChanges = new()
    {
        ["save"] = (c, id, stamp) => c.SaveDraftAsync(id, stamp, new ContentDraft("他人的修改", "正文")),
        ["submit"] = (c, id, stamp) => c.SubmitAsync(id, stamp),
        ["publish"] = (c, id, stamp) => c.PublishAsync(id, stamp),
        ["unpublish"] = (c, id, stamp) => c.UnpublishAsync(id, stamp),
        ["remove"] = (c, id, stamp) => c.RemoveAsync(id, stamp),
        ["restore-version"] = (c, id, stamp) => c.RestoreVersionAsync(id, stamp, 1),
    };

    public static TheoryData<string, string> ProvidersAndChanges()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new BothDatabases())
        {
            foreach (var change in StampedChanges.Keys)
            {
                data.Add(provider, change);
            }
        }

        return data;
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_successful_change_hands_back_a_new_stamp_for_the_next_one(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        var saved = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "正文")));
        await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, saved.ConcurrencyStamp, new ContentDraft("第三稿", "正文")));

        Assert.NotEqual(item.ConcurrencyStamp, saved.ConcurrencyStamp);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_save_with_a_stale_stamp_is_refused_as_a_conflict_in_chinese(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("先保存的修改", "正文")));

        var outcome = await host.Contents(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("后保存的修改", "正文")));

        Assert.Equal(ContentOutcomeKind.Conflict, outcome.Kind);
        Assert.Equal("保存失败：此内容在您编辑期间已被他人修改。您的文字仍保留在下方，请对照最新版本后再保存。", outcome.Message);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_refused_stale_save_changes_nothing_in_the_database(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        var current = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("先保存的修改", "正文")));
        var versionsBefore = await host.VersionsAsync(item.Id);
        var auditBefore = await host.AuditAsync(item.Id);

        await host.Contents(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("后保存的修改", "正文")));

        var versions = await host.VersionsAsync(item.Id);
        Assert.Equal(versionsBefore.Select(v => (v.Id, v.Title, v.IsLatest)), versions.Select(v => (v.Id, v.Title, v.IsLatest)));
        var stored = await host.ItemAsync(item.Id);
        Assert.Equal((current.ConcurrencyStamp, current.ModifiedAt), (stored.ConcurrencyStamp, stored.ModifiedAt));
        Assert.Equal(auditBefore.Count, (await host.AuditAsync(item.Id)).Count);
    }

    [Theory, MemberData(nameof(ProvidersAndChanges))]
    public async Task Every_change_with_a_stale_stamp_is_refused(string provider, string change)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        var current = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));

        var outcome = await host.Contents(c => StampedChanges[change](c, item.Id, item.ConcurrencyStamp));

        Assert.Equal(ContentOutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(current.ConcurrencyStamp, (await host.ItemAsync(item.Id)).ConcurrencyStamp);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_save_that_read_the_item_before_another_save_is_refused_by_the_database(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        // The slow request reads the item, then the quick one saves, then the slow one saves what it read.
        var outcome = await host.Contents(async slow =>
        {
            _ = await slow.FindAsync(item.Id);
            await host.ChangeAsync(quick => quick.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("先保存的修改", "正文")));
            return await slow.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("后保存的修改", "正文"));
        });

        Assert.Equal(ContentOutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(["许昌市人大常委会召开主任会议", "先保存的修改"], (await host.VersionsAsync(item.Id)).Select(v => v.Title));
    }
}

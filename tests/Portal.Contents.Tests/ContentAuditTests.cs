using Portal.Contents.Models;
using Portal.Testing;

namespace Portal.Contents.Tests;

[Collection(ContentEngineCollection.Name)]
public sealed class ContentAuditTests(ContentHosts hosts)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Every_change_writes_one_audit_row(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType(), "第一稿");
        item = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "正文")));
        item = await host.ChangeAsync(c => c.SubmitAsync(item.Id, item.ConcurrencyStamp));
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));
        item = await host.ChangeAsync(c => c.UnpublishAsync(item.Id, item.ConcurrencyStamp));
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp, host.Clock.UtcNow.AddMinutes(30)));
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await host.PublishDueAsync();
        item = await host.ItemAsync(item.Id);
        item = await host.ChangeAsync(c => c.RemoveAsync(item.Id, item.ConcurrencyStamp));
        item = await host.ChangeAsync(c => c.RestoreAsync(item.Id));
        await host.ChangeAsync(c => c.RestoreVersionAsync(item.Id, item.ConcurrencyStamp, 1));

        var entries = await host.AuditAsync(item.Id);

        Assert.Equal(["创建", "保存", "提交审核", "发布", "取消发布", "定时发布", "发布", "删除", "恢复", "恢复版本"], entries.Select(e => e.Action));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_audit_row_says_who_did_what_to_which_item_and_when(string provider)
    {
        var host = hosts.For(provider);
        var type = host.NewContentType();

        var item = await host.CreateAsync(type, "许昌市人大常委会召开党组会议");

        var entry = Assert.Single(await host.AuditAsync(item.Id));
        Assert.Equal(("系统", "内容", item.Id.ToString(), host.Clock.UtcNow), (entry.UserName, entry.EntityType, entry.EntityId, entry.At));
        Assert.Equal($"{type}《许昌市人大常委会召开党组会议》", entry.Summary);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_refused_change_writes_no_audit_row(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        await host.Contents(c => c.UnpublishAsync(item.Id, item.ConcurrencyStamp));

        Assert.Single(await host.AuditAsync(item.Id));
    }
}

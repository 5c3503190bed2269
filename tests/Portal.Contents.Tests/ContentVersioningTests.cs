using Portal.Contents.Models;
using Portal.Testing;

namespace Portal.Contents.Tests;

[Collection(ContentEngineCollection.Name)]
public sealed class ContentVersioningTests(ContentHosts hosts)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Each_saved_draft_adds_a_version_numbered_in_sequence(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType(), "第一稿");
        item = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "正文")));
        await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第三稿", "正文")));

        var versions = await host.VersionsAsync(item.Id);

        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal(["第一稿", "第二稿", "第三稿"], versions.Select(v => v.Title));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Only_the_newest_version_is_the_latest(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        item = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "正文")));
        await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第三稿", "正文")));

        var latest = Assert.Single(await host.VersionsAsync(item.Id), v => v.IsLatest);

        Assert.Equal(3, latest.Number);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Publishing_makes_the_latest_version_public_and_dates_the_item(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));

        var published = Assert.Single(await host.VersionsAsync(item.Id), v => v.IsPublished);
        Assert.Equal(1, published.Number);
        var stored = await host.ItemAsync(item.Id);
        Assert.Equal(ContentStatus.Published, stored.Status);
        Assert.True(stored.HasPublishedVersion);
        Assert.Equal(host.Clock.UtcNow, stored.PublishedAt);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Publishing_a_newer_version_moves_the_published_flag_to_it(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType(), "第一稿");
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));
        item = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "正文")));

        await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));

        var published = Assert.Single(await host.VersionsAsync(item.Id), v => v.IsPublished);
        Assert.Equal("第二稿", published.Title);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Saving_a_draft_of_a_published_item_keeps_the_published_version_public(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType(), "已发布的标题");
        item = await host.ChangeAsync(c => c.PublishAsync(item.Id, item.ConcurrencyStamp));

        await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("修改中的标题", "正文")));

        var versions = await host.VersionsAsync(item.Id);
        Assert.Equal("已发布的标题", Assert.Single(versions, v => v.IsPublished).Title);
        Assert.Equal("修改中的标题", Assert.Single(versions, v => v.IsLatest).Title);
        Assert.True((await host.ItemAsync(item.Id)).HasPublishedVersion);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Restoring_an_old_version_adds_a_new_latest_version_with_its_text(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType(), "第一稿", "## 原来的正文");
        item = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "改过的正文")));

        await host.ChangeAsync(c => c.RestoreVersionAsync(item.Id, item.ConcurrencyStamp, 1));

        var versions = await host.VersionsAsync(item.Id);
        Assert.Equal(3, versions.Count);
        var restored = Assert.Single(versions, v => v.IsLatest);
        Assert.Equal((3, "第一稿", "## 原来的正文", "恢复自第 1 版"), (restored.Number, restored.Title, restored.BodyMarkdown, restored.Note));
        Assert.Contains("原来的正文</h2>", restored.BodyHtml);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Restoring_an_old_version_leaves_the_history_as_it_was(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType(), "第一稿");
        item = await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("第二稿", "改过的正文")));
        var before = await host.VersionsAsync(item.Id);

        await host.ChangeAsync(c => c.RestoreVersionAsync(item.Id, item.ConcurrencyStamp, 1));

        var after = (await host.VersionsAsync(item.Id)).Take(2).ToList();
        Assert.Equal(before.Select(v => (v.Id, v.Title, v.BodyMarkdown)), after.Select(v => (v.Id, v.Title, v.BodyMarkdown)));
        Assert.All(after, v => Assert.False(v.IsLatest));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Restoring_a_version_that_does_not_exist_is_refused(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        var outcome = await host.Contents(c => c.RestoreVersionAsync(item.Id, item.ConcurrencyStamp, 9));

        Assert.Equal((ContentOutcomeKind.Invalid, "第 9 版不存在。"), (outcome.Kind, outcome.Message));
        Assert.Single(await host.VersionsAsync(item.Id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_body_is_stored_sanitized_and_its_markdown_as_written(string provider)
    {
        var host = hosts.For(provider);
        const string body = "正文<script>alert(1)</script>";

        var item = await host.CreateAsync(host.NewContentType(), body: body);

        var version = Assert.Single(await host.VersionsAsync(item.Id));
        Assert.Equal(body, version.BodyMarkdown);
        Assert.DoesNotContain("script", version.BodyHtml);
        Assert.Contains("正文", version.BodyHtml);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_invalid_draft_is_refused_and_not_stored(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());

        var outcome = await host.Contents(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft(" ", "正文")));

        Assert.Equal((ContentOutcomeKind.Invalid, "请填写标题。"), (outcome.Kind, outcome.Message));
        Assert.Single(await host.VersionsAsync(item.Id));
    }
}

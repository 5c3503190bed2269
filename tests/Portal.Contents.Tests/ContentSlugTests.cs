using Portal.Contents.Models;
using Portal.Contents.Rules;
using Portal.Core.Hosting;
using Portal.Testing;

namespace Portal.Contents.Tests;

[Collection(ContentEngineCollection.Name)]
public sealed class ContentSlugTests(ContentHosts hosts)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Items_with_the_same_chinese_title_on_the_same_day_get_numbered_slugs(string provider)
    {
        var host = hosts.For(provider);
        var type = host.NewContentType();
        var date = host.Clock.UtcNow.ToChinaTime().ToString("yyyyMMdd");

        var slugs = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            slugs.Add((await host.CreateAsync(type, "关于召开市人大常委会会议的通知")).Slug);
        }

        var prefix = $"{type.ToLowerInvariant()}-{date}";
        Assert.Equal([prefix, prefix + "-2", prefix + "-3"], slugs);
        Assert.All(slugs, slug => Assert.Null(SlugRules.Validate(slug)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_chinese_title_takes_the_beijing_date_that_readers_see(string provider)
    {
        var host = hosts.For(provider);
        var type = host.NewContentType();
        var shownDate = ChinaTime.FromChinaTime(new DateTime(2013, 1, 13));

        var outcome = await host.Contents(c => c.CreateAsync(type, new ContentDraft("主题活动总结报告", "正文", PublishedAt: shownDate)));

        Assert.Equal($"{type.ToLowerInvariant()}-20130113", outcome.Item!.Slug);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_chinese_title_written_before_eight_in_the_beijing_morning_takes_that_days_date(string provider)
    {
        var host = hosts.For(provider);
        var type = host.NewContentType();
        host.Clock.AdvanceToNext(TimeSpan.FromHours(20));
        var beijingDate = host.Clock.UtcNow.AddDays(1).ToString("yyyyMMdd");

        var item = await host.CreateAsync(type, "常委会领导走访代表");

        Assert.Equal($"{type.ToLowerInvariant()}-{beijingDate}", item.Slug);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_latin_title_gives_a_slug_of_its_words(string provider)
    {
        var host = hosts.For(provider);

        var item = await host.CreateAsync(host.NewContentType(), $"Work Report {Guid.NewGuid():N}");

        Assert.StartsWith("work-report-", item.Slug);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_slug_the_editor_typed_that_another_item_has_is_refused(string provider)
    {
        var host = hosts.For(provider);
        var slug = $"work-report-{Guid.NewGuid():N}";
        await host.Contents(c => c.CreateAsync(host.NewContentType(), new ContentDraft("工作报告", "正文", Slug: slug)));

        var outcome = await host.Contents(c => c.CreateAsync(host.NewContentType(), new ContentDraft("另一篇工作报告", "正文", Slug: slug)));

        Assert.Equal((ContentOutcomeKind.Invalid, $"网址标识 “{slug}” 已被其他内容使用，请换一个。"), (outcome.Kind, outcome.Message));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_slug_of_an_item_in_the_trash_stays_taken(string provider)
    {
        var host = hosts.For(provider);
        var slug = $"work-report-{Guid.NewGuid():N}";
        var removed = (await host.Contents(c => c.CreateAsync(host.NewContentType(), new ContentDraft("工作报告", "正文", Slug: slug)))).Item!;
        await host.ChangeAsync(c => c.RemoveAsync(removed.Id, removed.ConcurrencyStamp));

        var other = await host.CreateAsync(host.NewContentType());
        var outcome = await host.Contents(c => c.SaveDraftAsync(other.Id, other.ConcurrencyStamp, new ContentDraft("另一篇", "正文", Slug: slug)));

        Assert.Equal(ContentOutcomeKind.Invalid, outcome.Kind);
        Assert.NotEqual(slug, (await host.ItemAsync(other.Id)).Slug);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_editor_can_give_an_item_a_new_free_slug(string provider)
    {
        var host = hosts.For(provider);
        var item = await host.CreateAsync(host.NewContentType());
        var slug = $"standing-committee-{Guid.NewGuid():N}";

        await host.ChangeAsync(c => c.SaveDraftAsync(item.Id, item.ConcurrencyStamp, new ContentDraft("标题", "正文", Slug: slug)));

        Assert.Equal(slug, (await host.ItemAsync(item.Id)).Slug);
    }
}

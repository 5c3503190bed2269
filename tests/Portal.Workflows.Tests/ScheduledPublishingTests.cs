using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Contents.Services;

namespace Portal.Workflows.Tests;

public sealed class ScheduledPublishingTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    [Fact]
    public async Task An_item_scheduled_for_a_time_is_published_within_a_minute_of_it_without_any_request()
    {
        long id;
        var publishAt = portal.Clock.GetUtcNow().AddMinutes(10);
        await using (var scope = portal.CreateScope())
        {
            var contents = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var created = await contents.CreateAsync("Article", new ContentDraft("定时发布测试稿", "正文。"));
            id = created.Item!.Id;
            var scheduled = await contents.PublishAsync(id, created.Item.ConcurrencyStamp, publishAt.UtcDateTime);
            Assert.Equal(ContentStatus.Scheduled, scheduled.Item!.Status);
        }

        portal.Clock.SetUtcNow(publishAt.AddSeconds(-5));
        Assert.Equal(ContentStatus.Scheduled, await StatusAsync(id));

        var waited = await portal.AdvanceUntilAsync(async () => await StatusAsync(id) == ContentStatus.Published, TimeSpan.FromMinutes(2));

        Assert.True(waited < TimeSpan.FromSeconds(65), $"Published {waited} after the clock reached 5 s before the time.");
    }

    private async Task<ContentStatus> StatusAsync(long id)
    {
        await using var scope = portal.CreateScope();
        return await ClockedPortal.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }
}

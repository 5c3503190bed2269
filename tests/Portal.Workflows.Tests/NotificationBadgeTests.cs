using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Testing;
using Portal.Workflows.Services;

namespace Portal.Workflows.Tests;

public sealed partial class NotificationBadgeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_header_counts_unread_notifications_and_shows_no_count_when_all_are_read()
    {
        var judge = await PortalClient.SignedInAsync(factory, DemoAccounts.Judge, DemoAccounts.JudgePassword);
        await judge.PostFormAsync("/admin", "/notifications/read-all", []);

        var quiet = Badge(await judge.GetStringAsync("/admin"));
        Assert.Equal("<a class=\"notification-badge\" href=\"/notifications\" aria-label=\"消息\"><span>消息</span></a>", quiet);

        await NotifyJudgeAsync("评审提醒一", "评审提醒二");
        var counted = Badge(await judge.GetStringAsync("/"));
        Assert.Contains("aria-label=\"消息，2 条未读\"", counted);
        Assert.Contains("<span class=\"notification-count\">2</span>", counted);

        await judge.PostFormAsync("/admin", "/notifications/read-all", []);
        Assert.DoesNotContain("notification-count", Badge(await judge.GetStringAsync("/admin")));
    }

    private async Task NotifyJudgeAsync(params string[] titles)
    {
        await using var scope = factory.CreateScope();
        var judge = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(DemoAccounts.Judge);
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        foreach (var title in titles)
        {
            notifier.Notify([judge!], title, "请按时完成评分。", "/admin", byMail: false);
        }

        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    private static string Badge(string page) => BadgeMarkup().Match(page).Value;

    [GeneratedRegex("<a class=\"notification-badge\".*?</a>", RegexOptions.Singleline)]
    private static partial Regex BadgeMarkup();
}

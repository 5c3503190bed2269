using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Queues;
using Portal.Testing;
using Portal.Users;

namespace Portal.Users.Tests;

/// <summary>The admin home lists the background queues, with their parked entries, to those who may retry them.</summary>
public sealed class DashboardTests(DashboardTests.Portal portal) : IClassFixture<DashboardTests.Portal>
{
    [Fact]
    public async Task An_administrator_sees_each_queue_with_its_parked_entries_and_where_to_retry_them()
    {
        var admin = await PortalClient.SignedInAsync(portal, DemoAccounts.Admin, DemoAccounts.AdminPassword);

        var page = await admin.GetStringAsync("/admin");

        Assert.Contains("后台队列", page);
        Assert.Matches("<tr data-queue=\"测试队列\">\\s*<td><a href=\"/admin/users\">测试队列</a></td>\\s*<td data-field=\"pending\">4</td>", page);
        Assert.Matches("<td data-field=\"parked\">\\s*<a class=\"status status-deleted\" href=\"/admin/users\">2</a>", page);
    }

    [Fact]
    public async Task An_editor_does_not_see_a_queue_they_may_not_look_after()
    {
        var editor = await PortalClient.SignedInAsync(portal, DemoAccounts.Editor, DemoAccounts.EditorPassword);

        var page = await editor.GetStringAsync("/admin");

        Assert.Contains("工作台", page);
        Assert.DoesNotContain("测试队列", page);
    }

    public sealed class Portal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IQueueMonitor>(new FixedQueue()));
        }
    }

    private sealed class FixedQueue : IQueueMonitor
    {
        public Task<QueueStatus> ReadAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new QueueStatus("测试队列", Pending: 4, Parked: 2, "/admin/users", UsersPermissions.ManageUsers));
    }
}

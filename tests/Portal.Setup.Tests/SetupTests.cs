using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Security;
using Portal.News.Models;
using Portal.Setup.Models;
using Portal.Setup.Services;
using Portal.Testing;

namespace Portal.Setup.Tests;

public sealed class SetupTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_fresh_database_gets_the_demo_site(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);

        Assert.Equal(5, await db.Set<Column>().CountAsync());
        Assert.True(await db.Set<ContentItem>().CountAsync(i => i.HasPublishedVersion) >= 9);
        var report = await db.Set<ContentItem>().SingleAsync(i => i.Slug == "2012-theme-activity-summary");
        Assert.Equal(new DateTime(2013, 1, 12, 16, 0, 0, DateTimeKind.Utc), report.PublishedAt);
        foreach (var user in new[] { DemoAccounts.Admin, DemoAccounts.Editor, DemoAccounts.Author, DemoAccounts.Judge, DemoAccounts.Delegate })
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(user));
        }
    }

    [Fact]
    public async Task Running_the_recipe_again_duplicates_nothing()
    {
        using var factory = new PortalFactory();
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        var items = await db.Set<ContentItem>().CountAsync();
        var columns = await db.Set<Column>().CountAsync();
        var users = await db.Users.CountAsync();

        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        Assert.False(await runner.RunOnceAsync(RecipeSetupTask.DemoRecipe, CancellationToken.None));

        // Even with the marker gone, every step finds its work already done.
        await db.Set<RecipeRun>().ExecuteDeleteAsync();
        Assert.True(await runner.RunOnceAsync(RecipeSetupTask.DemoRecipe, CancellationToken.None));

        Assert.Equal(items, await db.Set<ContentItem>().CountAsync());
        Assert.Equal(columns, await db.Set<Column>().CountAsync());
        Assert.Equal(users, await db.Users.CountAsync());
    }

    [Fact]
    public void Outside_demo_mode_the_first_start_needs_an_administrator_password()
    {
        using var factory = PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Portal:DemoMode"] = "false" });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Portal:Admin:Password", error.ToString());
    }

    [Fact]
    public async Task Outside_demo_mode_only_the_configured_administrator_exists_and_demo_passwords_do_not_work()
    {
        using var factory = PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?>
        {
            ["Portal:DemoMode"] = "false",
            ["Portal:Admin:Password"] = "production-secret-1",
        });

        var demoLogin = await PortalClient.Create(factory).LoginAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
        Assert.Contains("用户名或密码不正确", await demoLogin.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await PortalClient.Create(factory).LoginAsync(DemoAccounts.Admin, "production-secret-1")).StatusCode);

        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(0, await db.Set<ContentItem>().CountAsync());
        Assert.Equal(5, await db.Set<Column>().CountAsync());
    }
}

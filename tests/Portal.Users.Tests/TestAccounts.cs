using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.Users.Tests;

/// <summary>Accounts made straight in the database, for tests about signing in rather than about the admin pages.</summary>
internal static class TestAccounts
{
    public const string Password = "test2024pass";

    public static async Task CreateAsync(PortalFactory factory, string userName, params string[] roles)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = userName, DisplayName = "测试用户" + userName, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
    }
}

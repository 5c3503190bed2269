using System.Net;
using Portal.Core.Security;
using Portal.Testing;
using Portal.Users.Rules;

namespace Portal.Users.Tests;

/// <summary>The demo site has one administrator; none of these tests may add another.</summary>
public sealed class LastAdministratorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Administrator_cannot_disable_themselves()
    {
        var admin = await UsersAdminDriver.SignInAsync(factory);
        var self = await admin.UserAsync(DemoAccounts.Admin);
        Assert.DoesNotContain($"/admin/users/{self.Id}/disable", await admin.Client.GetStringAsync($"/admin/users/{self.Id}/edit"));

        var page = await admin.FollowAsync(await admin.UserActionAsync(self.Id, "disable"));

        Assert.Contains("不能停用自己的账号。", page);
        Assert.False((await admin.UserAsync(DemoAccounts.Admin)).IsDisabled);
        Assert.Empty(await admin.AuditAsync("用户", self.Id));
    }

    [Fact]
    public async Task Last_administrator_cannot_lose_the_role()
    {
        var admin = await UsersAdminDriver.SignInAsync(factory);
        var self = await admin.UserAsync(DemoAccounts.Admin);

        var response = await admin.EditUserAsync(self.Id, "系统管理员", BuiltInRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LastAdministratorRule.Message, await response.Content.ReadAsStringAsync());
        Assert.Equal([BuiltInRoles.Administrator], await admin.RolesOfAsync(DemoAccounts.Admin));
    }

    [Fact]
    public async Task Last_administrator_cannot_be_disabled_by_another_user_manager()
    {
        var admin = await UsersAdminDriver.SignInAsync(factory);
        await admin.FollowAsync(await admin.CreateRoleAsync("UserKeepers", "用户管理员"));
        await admin.FollowAsync(await admin.SetPermissionsAsync("UserKeepers", nameof(UsersPermissions.ManageUsers)));
        await TestAccounts.CreateAsync(factory, "keeper", "UserKeepers");
        var keeper = await UsersAdminDriver.SignInAsync(factory, "keeper", TestAccounts.Password);
        var target = await admin.UserAsync(DemoAccounts.Admin);

        var page = await keeper.FollowAsync(await keeper.UserActionAsync(target.Id, "disable"));

        Assert.Contains(LastAdministratorRule.Message, page);
        Assert.False((await admin.UserAsync(DemoAccounts.Admin)).IsDisabled);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Create(factory).LoginAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword)).StatusCode);
    }
}

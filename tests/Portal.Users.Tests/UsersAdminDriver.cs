using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Auditing;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.Users.Tests;

/// <summary>Drives the user and role admin pages the way a browser does, and reads the database for the assertions.</summary>
internal sealed class UsersAdminDriver(PortalFactory factory, PortalClient client)
{
    public PortalClient Client { get; } = client;

    public static async Task<UsersAdminDriver> SignInAsync(PortalFactory factory, string userName = DemoAccounts.Admin, string password = DemoAccounts.AdminPassword) =>
        new(factory, await PortalClient.SignedInAsync(factory, userName, password));

    public async Task<HttpResponseMessage> CreateUserAsync(string userName, string displayName, string password, params string[] roles) =>
        await Client.PostFormAsync("/admin/users/create", "/admin/users/create",
            WithList(new() { ["UserName"] = userName, ["DisplayName"] = displayName, ["Password"] = password }, "Roles", roles));

    public async Task<HttpResponseMessage> EditUserAsync(string id, string displayName, params string[] roles) =>
        await Client.PostFormAsync("/admin/users", $"/admin/users/{id}/edit", WithList(new() { ["DisplayName"] = displayName }, "Roles", roles));

    /// <summary>Posts one of the account buttons: disable, enable or unlock.</summary>
    public async Task<HttpResponseMessage> UserActionAsync(string id, string action) =>
        await Client.PostFormAsync("/admin/users", $"/admin/users/{id}/{action}", []);

    public async Task<HttpResponseMessage> ResetPasswordAsync(string id, string newPassword) =>
        await Client.PostFormAsync("/admin/users", $"/admin/users/{id}/password", new() { ["NewPassword"] = newPassword });

    public async Task<HttpResponseMessage> CreateRoleAsync(string name, string displayName) =>
        await Client.PostFormAsync("/admin/roles/create", "/admin/roles/create", new() { ["Name"] = name, ["DisplayName"] = displayName });

    public async Task<HttpResponseMessage> SetPermissionsAsync(string role, params string[] permissions) =>
        await Client.PostFormAsync("/admin/roles", $"/admin/roles/{role}/permissions", WithList([], "granted", permissions));

    public async Task<HttpResponseMessage> DeleteRoleAsync(string role) =>
        await Client.PostFormAsync("/admin/roles", $"/admin/roles/{role}/delete", []);

    /// <summary>The page a redirect leads to, with the banner the action left.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await Client.GetStringAsync(response.Headers.Location!.OriginalString);
    }

    public async Task<PortalUser?> FindUserAsync(string userName)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
    }

    public async Task<PortalUser> UserAsync(string userName) =>
        await FindUserAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");

    public async Task<IList<string>> RolesOfAsync(string userName)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetRolesAsync(await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}."));
    }

    public async Task<IReadOnlySet<string>> PermissionsOfAsync(string role)
    {
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        var names = await (
            from claim in db.RoleClaims
            join r in db.Roles on claim.RoleId equals r.Id
            where r.Name == role
            select claim.ClaimValue).ToListAsync();
        return names.OfType<string>().ToHashSet();
    }

    public async Task<List<AuditEntry>> AuditAsync(string entityType, string entityId)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).AuditEntries.Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<(int Users, int Roles, int AuditEntries)> CountsAsync()
    {
        await using var scope = factory.CreateScope();
        var db = factory.Db(scope);
        return (await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private static Dictionary<string, string> WithList(Dictionary<string, string> fields, string name, string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            fields[$"{name}[{i}]"] = values[i];
        }

        return fields;
    }
}

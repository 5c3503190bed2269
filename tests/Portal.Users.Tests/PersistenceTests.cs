using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Testing;

namespace Portal.Users.Tests;

public sealed class PersistenceTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Users_roles_permissions_and_disabling_round_trip(string provider)
    {
        await using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var admin = await UsersAdminDriver.SignInAsync(factory);

        await admin.FollowAsync(await admin.CreateRoleAsync("Reviewer", "审稿人"));
        await admin.FollowAsync(await admin.SetPermissionsAsync("Reviewer", "AccessAdmin", "ViewAuditLog"));
        await admin.FollowAsync(await admin.CreateUserAsync("reviewer-one", "审稿人甲", "reviewer2024", "Reviewer"));
        var reviewer = await PortalClient.SignedInAsync(factory, "reviewer-one", "reviewer2024");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.Http.GetAsync("/admin/audit")).StatusCode);
        var id = (await admin.UserAsync("reviewer-one")).Id;
        await admin.FollowAsync(await admin.UserActionAsync(id, "disable"));

        var user = await admin.UserAsync("reviewer-one");
        Assert.Equal("审稿人甲", user.DisplayName);
        Assert.True(user.IsDisabled);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100));
        Assert.Equal(["Reviewer"], await admin.RolesOfAsync("reviewer-one"));
        Assert.Equal(["AccessAdmin", "ViewAuditLog"], (await admin.PermissionsOfAsync("Reviewer")).Order());
        await using (var scope = factory.CreateScope())
        {
            Assert.Equal("审稿人", await factory.Db(scope).Roles.Where(r => r.Name == "Reviewer").Select(r => r.DisplayName).SingleAsync());
        }

        Assert.Equal(["创建", "停用"], (await admin.AuditAsync("用户", id)).Select(e => e.Action));
        Assert.Contains("该账号已停用", await (await PortalClient.Create(factory).LoginAsync("reviewer-one", "reviewer2024")).Content.ReadAsStringAsync());
    }
}

using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;

namespace Portal.Users.Recipes;

internal static class UserAccounts
{
    /// <summary>Creates the account unless a user of that name exists; never changes an existing one.</summary>
    public static async Task EnsureAsync(UserManager<PortalUser> users, string userName, string displayName, string password, IEnumerable<string> roles, DateTime now)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new PortalUser { UserName = userName, DisplayName = displayName, CreatedAt = now };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"无法创建用户 {userName}：{string.Join("；", created.Errors.Select(e => e.Description))}");
        }

        var assigned = await users.AddToRolesAsync(user, roles);
        if (!assigned.Succeeded)
        {
            throw new InvalidOperationException($"无法为用户 {userName} 分配角色：{string.Join("；", assigned.Errors.Select(e => e.Description))}");
        }
    }
}

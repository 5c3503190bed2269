using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Users.Recipes;

/// <summary>Creates the built-in roles and gives them the permissions their modules grant by default.</summary>
internal sealed class RolesStep(RoleManager<PortalRole> roles, IRolePermissionStore permissions, PermissionRegistry registry) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        foreach (var (name, displayName) in BuiltInRoles.DisplayNames)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                var result = await roles.CreateAsync(new PortalRole(name, displayName));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"无法创建角色 {name}：{string.Join("；", result.Errors.Select(e => e.Description))}");
                }
            }
        }

        foreach (var grants in registry.DefaultGrants.GroupBy(g => g.Role))
        {
            var current = await permissions.GetPermissionNamesAsync(grants.Key, cancellationToken);
            var added = grants.SelectMany(g => g.Permissions).Select(p => p.Name);
            await permissions.SetPermissionNamesAsync(grants.Key, current.Union(added), cancellationToken);
        }
    }
}

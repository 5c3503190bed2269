using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

/// <summary>Grants a permission when one of the user's roles holds it; administrators hold all.</summary>
public sealed class PermissionHandler(IRolePermissionStore store) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        foreach (var role in context.User.FindAll(ClaimTypes.Role).Select(c => c.Value))
        {
            if (role == BuiltInRoles.Administrator)
            {
                context.Succeed(requirement);
                return;
            }

            var granted = await store.GetPermissionNamesAsync(role);
            if (granted.Contains(requirement.Permission.Name))
            {
                context.Succeed(requirement);
                return;
            }
        }
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

public static class AuthorizationServiceExtensions
{
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission)
    {
        var result = await service.AuthorizeAsync(user, resource: null, new PermissionRequirement(permission));
        return result.Succeeded;
    }
}

using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

/// <summary>
/// Demands a permission on a controller or action, checked on the server.
/// Use with <c>nameof</c> on the module's static permission field: <c>[RequirePermission(nameof(NewsPermissions.ManageColumns))]</c>;
/// permission names equal their field names, which the architecture tests check.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permissionName)
    : AuthorizeAttribute(PermissionPolicyProvider.Prefix + permissionName)
{
    public string PermissionName { get; } = permissionName;
}

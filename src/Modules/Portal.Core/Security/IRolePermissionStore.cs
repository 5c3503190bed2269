namespace Portal.Core.Security;

/// <summary>Which permissions the roles hold, as administrators have set them.</summary>
public interface IRolePermissionStore
{
    Task<IReadOnlySet<string>> GetPermissionNamesAsync(string role, CancellationToken cancellationToken = default);

    Task SetPermissionNamesAsync(string role, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default);
}

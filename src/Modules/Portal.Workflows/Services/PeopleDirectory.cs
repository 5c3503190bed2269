using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Workflows.Services;

/// <summary>Finds the active users to notify: by id, by role, or everyone who holds a permission.</summary>
public sealed class PeopleDirectory(PortalDbContext db, IRolePermissionStore permissions)
{
    public async Task<List<PortalUser>> WithPermissionAsync(Permission permission, CancellationToken cancellationToken = default)
    {
        var roles = await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken);
        var holding = new List<string>();
        foreach (var role in roles)
        {
            if (role == BuiltInRoles.Administrator || (await permissions.GetPermissionNamesAsync(role, cancellationToken)).Contains(permission.Name))
            {
                holding.Add(role);
            }
        }

        return await InRolesAsync(holding, cancellationToken);
    }

    public Task<List<PortalUser>> InRolesAsync(IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default)
    {
        var userIds =
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            where roleNames.Contains(role.Name!)
            select link.UserId;
        return db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && !u.IsDisabled).ToListAsync(cancellationToken);
    }

    public Task<List<PortalUser>> ByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && !u.IsDisabled).ToListAsync(cancellationToken);

    public static string NameOf(PortalUser user) => string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName;
}

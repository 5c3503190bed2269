using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Users.Models;

namespace Portal.Users.Services;

/// <summary>The roles to choose from: built-in roles first, in their usual order, then custom roles by name.</summary>
public sealed class RoleCatalog(PortalDbContext db)
{
    private static readonly List<string> BuiltInOrder = [.. BuiltInRoles.DisplayNames.Keys];

    public static bool IsBuiltIn(string role) => BuiltInRoles.DisplayNames.ContainsKey(role);

    public async Task<IReadOnlyList<RoleOption>> AllAsync()
    {
        var roles = await db.Roles.AsNoTracking().Select(r => new RoleOption(r.Name ?? "", r.DisplayName)).ToListAsync();
        return roles
            .OrderBy(r => IsBuiltIn(r.Name) ? BuiltInOrder.IndexOf(r.Name) : BuiltInOrder.Count)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Users.Services;

/// <summary>Role permissions are role claims of type <see cref="ClaimType"/>, cached on every node until an administrator changes them.</summary>
internal sealed class RolePermissionStore(PortalDbContext db, SharedMemoryCache cache) : IRolePermissionStore
{
    public const string ClaimType = "Permission";

    public async Task<IReadOnlySet<string>> GetPermissionNamesAsync(string role, CancellationToken cancellationToken = default)
    {
        return await cache.GetOrCreateAsync<IReadOnlySet<string>>(CacheKey(role), async token =>
        {
            var names = await (
                from claim in db.RoleClaims
                join r in db.Roles on claim.RoleId equals r.Id
                where r.Name == role && claim.ClaimType == ClaimType
                select claim.ClaimValue).ToListAsync(token);
            return names.OfType<string>().ToHashSet(StringComparer.Ordinal);
        }, cancellationToken);
    }

    public async Task SetPermissionNamesAsync(string role, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"角色 “{role}” 不存在。");

        var wanted = permissionNames.ToHashSet(StringComparer.Ordinal);
        var existing = await db.RoleClaims.Where(c => c.RoleId == roleId && c.ClaimType == ClaimType).ToListAsync(cancellationToken);
        db.RoleClaims.RemoveRange(existing.Where(c => !wanted.Contains(c.ClaimValue ?? "")));
        foreach (var name in wanted.Except(existing.Select(c => c.ClaimValue ?? "")))
        {
            db.RoleClaims.Add(new() { RoleId = roleId, ClaimType = ClaimType, ClaimValue = name });
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.InvalidateAsync(CacheKey(role), cancellationToken);
    }

    private static string CacheKey(string role) => "role-permissions:" + role;
}

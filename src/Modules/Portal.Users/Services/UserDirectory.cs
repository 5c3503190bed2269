using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Users.Models;

namespace Portal.Users.Services;

/// <summary>Finds users for the admin pages and describes them with their roles and account state.</summary>
public sealed class UserDirectory(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    private const int PageSize = 50;

    public async Task<UserListPage> SearchAsync(UserFilter filter, IReadOnlyList<RoleOption> roles)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            var normalized = users.NormalizeName(term);
            query = query.Where(u => u.NormalizedUserName!.Contains(normalized) || u.DisplayName.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == filter.Role)));
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var found = await query.OrderBy(u => u.UserName).Page(page, PageSize).ToListAsync();
        return new UserListPage(filter with { Page = page }, await DescribeAsync(found, roles), pageCount, roles);
    }

    /// <param name="roles">Every role, in the order the user's roles are listed.</param>
    public async Task<IReadOnlyList<UserSummary>> DescribeAsync(IReadOnlyList<PortalUser> found, IReadOnlyList<RoleOption> roles)
    {
        var ids = found.Select(u => u.Id).ToList();
        var memberships = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where ids.Contains(ur.UserId)
            select new { ur.UserId, r.Name }).ToListAsync();
        var now = clock.GetUtcNow();

        return found.Select(u => new UserSummary(
            u.Id,
            u.UserName ?? "",
            u.DisplayName,
            roles.Where(r => memberships.Any(m => m.UserId == u.Id && m.Name == r.Name)).Select(r => r.DisplayName).ToList(),
            u.IsDisabled,
            !u.IsDisabled && u.LockoutEnd > now ? u.LockoutEnd : null,
            u.CreatedAt)).ToList();
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Delegates.Models;

namespace Portal.Delegates.Services;

/// <summary>Which profile a user account keeps, and linking the two.</summary>
public sealed class DelegateAccounts(PortalDbContext db, UserManager<PortalUser> users, IAuditLog audit, TimeProvider clock)
{
    public async Task<long?> ProfileIdOfAsync(string? userId) => userId is null
        ? null
        : await db.Set<DelegateAccount>().Where(a => a.UserId == userId).Select(a => (long?)a.ContentItemId).FirstOrDefaultAsync();

    public async Task<string?> UserNameOfAsync(long profileId) =>
        await (from account in db.Set<DelegateAccount>()
               join user in db.Set<PortalUser>() on account.UserId equals user.Id
               where account.ContentItemId == profileId
               select user.UserName).FirstOrDefaultAsync();

    /// <summary>Links the account of that name to the profile (an empty name unlinks); returns a Chinese message on refusal.</summary>
    public async Task<string?> LinkAsync(long profileId, string? userName)
    {
        var current = await db.Set<DelegateAccount>().FirstOrDefaultAsync(a => a.ContentItemId == profileId);
        if (string.IsNullOrWhiteSpace(userName))
        {
            if (current is not null)
            {
                db.Remove(current);
                audit.Record("解除账号关联", "代表", profileId.ToString(), "解除代表资料与登录账号的关联");
            }

            return null;
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            return $"账号“{userName.Trim()}”不存在。";
        }

        if (current?.UserId == user.Id)
        {
            return null;
        }

        var other = await db.Set<DelegateAccount>().FirstOrDefaultAsync(a => a.UserId == user.Id);
        if (other is not null)
        {
            return $"账号“{user.UserName}”已关联了另一位代表的资料，一个账号只能关联一位代表。";
        }

        if (current is not null)
        {
            db.Remove(current);
        }

        db.Add(new DelegateAccount { UserId = user.Id, ContentItemId = profileId, LinkedAt = clock.GetUtcNow().UtcDateTime });
        audit.Record("关联账号", "代表", profileId.ToString(), $"代表资料关联账号 {user.UserName}");
        return null;
    }
}

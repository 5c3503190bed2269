using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;
using Portal.Ledger.Models;

namespace Portal.Ledger.Services;

/// <summary>Who may change a task: ledger managers any, an owner only their own.</summary>
public sealed class TaskAccess(IAuthorizationService authorization)
{
    public const string NotYourTask = "这项工作任务不是由您负责的，您只能更新自己负责的任务。如需调整责任人，请联系台账管理员。";

    public Task<bool> CanManageAsync(ClaimsPrincipal user) => authorization.AuthorizeAsync(user, LedgerPermissions.ManageLedgers);

    public async Task<bool> CanUpdateAsync(ClaimsPrincipal user, LedgerTask task) =>
        await CanManageAsync(user)
        || (task.OwnerId == user.FindFirstValue(ClaimTypes.NameIdentifier)
            && await authorization.AuthorizeAsync(user, LedgerPermissions.UpdateOwnLedgerTasks));
}

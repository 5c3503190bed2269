using Portal.Core.Security;

namespace Portal.Ledger;

public static class LedgerPermissions
{
    public static readonly Permission ManageLedgers = new(nameof(ManageLedgers), "管理工作台账（方面、任务、导入导出）", "工作台账");

    public static readonly Permission UpdateOwnLedgerTasks = new(nameof(UpdateOwnLedgerTasks), "更新本人负责的工作任务", "工作台账");

    public static readonly IReadOnlyList<Permission> All = [ManageLedgers, UpdateOwnLedgerTasks];
}

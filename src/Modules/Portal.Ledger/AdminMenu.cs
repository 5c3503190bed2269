using Portal.Core.Navigation;

namespace Portal.Ledger;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("工作台账", "我负责的任务", "/admin/ledger/tasks/mine", LedgerPermissions.UpdateOwnLedgerTasks, 300),
        new("工作台账", "台账管理", "/admin/ledger", LedgerPermissions.ManageLedgers, 310),
    ];
}

using Portal.Core.Navigation;

namespace Portal.Admin;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("概览", "工作台", "/admin", AdminPermissions.AccessAdmin, 0),
        new("系统", "操作日志", "/admin/audit", AdminPermissions.ViewAuditLog, 990),
    ];
}

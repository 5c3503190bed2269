using Portal.Core.Security;

namespace Portal.Admin;

public static class AdminPermissions
{
    public static readonly Permission AccessAdmin = new(nameof(AccessAdmin), "进入管理后台", "后台");
    public static readonly Permission ViewAuditLog = new(nameof(ViewAuditLog), "查看操作日志", "后台");

    public static readonly IReadOnlyList<Permission> All = [AccessAdmin, ViewAuditLog];
}

using Portal.Core.Navigation;

namespace Portal.Workflows;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("内容", "审核队列", "/admin/review", WorkflowsPermissions.ReviewContent, 90),
        new("系统", "规则", "/admin/rules", WorkflowsPermissions.ManageWorkflows, 890),
        new("系统", "定时任务与邮件", "/admin/jobs", WorkflowsPermissions.ManageWorkflows, 900),
    ];
}

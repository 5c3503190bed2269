using Portal.Core.Security;

namespace Portal.Workflows;

public static class WorkflowsPermissions
{
    public static readonly Permission ReviewContent = new(nameof(ReviewContent), "审核内容（审核队列、退回修改）", "工作流");
    public static readonly Permission ManageWorkflows = new(nameof(ManageWorkflows), "管理规则、定时任务和邮件发送", "工作流");

    public static readonly IReadOnlyList<Permission> All = [ReviewContent, ManageWorkflows];
}

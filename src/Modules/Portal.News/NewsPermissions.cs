using Portal.Core.Security;

namespace Portal.News;

public static class NewsPermissions
{
    public static readonly Permission ManageColumns = new(nameof(ManageColumns), "管理栏目", "新闻");

    public static readonly IReadOnlyList<Permission> All = [ManageColumns];
}

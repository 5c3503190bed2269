using Portal.Contents;
using Portal.Core.Navigation;

namespace Portal.News;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("内容", "文章与报告", "/admin/news", ContentsPermissions.EditOwnContent, 100),
        new("内容", "栏目", "/admin/columns", NewsPermissions.ManageColumns, 110),
    ];
}

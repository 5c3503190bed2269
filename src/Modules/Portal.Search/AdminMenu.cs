using Portal.Core.Navigation;

namespace Portal.Search;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("系统", "站内搜索", "/admin/search", SearchPermissions.ManageSearch, 950)];
}

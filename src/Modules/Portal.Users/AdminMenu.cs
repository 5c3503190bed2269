using Portal.Core.Navigation;

namespace Portal.Users;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("系统", "用户管理", "/admin/users", UsersPermissions.ManageUsers, 900),
        new("系统", "角色与权限", "/admin/roles", UsersPermissions.ManageRoles, 910),
    ];
}

using Portal.Core.Security;

namespace Portal.Users;

public static class UsersPermissions
{
    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "管理用户", "用户与角色");
    public static readonly Permission ManageRoles = new(nameof(ManageRoles), "管理角色权限", "用户与角色");

    public static readonly IReadOnlyList<Permission> All = [ManageUsers, ManageRoles];
}

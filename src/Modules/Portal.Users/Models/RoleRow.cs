namespace Portal.Users.Models;

public sealed record RoleRow(RoleOption Role, bool IsBuiltIn, int UserCount, int PermissionCount);

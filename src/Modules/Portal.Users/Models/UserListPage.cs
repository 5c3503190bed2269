namespace Portal.Users.Models;

public sealed record UserListPage(UserFilter Filter, IReadOnlyList<UserSummary> Users, int PageCount, IReadOnlyList<RoleOption> Roles);

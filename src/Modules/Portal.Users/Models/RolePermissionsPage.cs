using Portal.Core.Security;

namespace Portal.Users.Models;

public sealed record RolePermissionsPage(RoleOption Role, bool IsEditable, IReadOnlyList<IGrouping<string, Permission>> Categories, IReadOnlySet<string> Granted);

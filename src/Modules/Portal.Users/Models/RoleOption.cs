namespace Portal.Users.Models;

public sealed record RoleOption(string Name, string DisplayName);

namespace Portal.Users.Models;

public sealed record UserFilter(string? Search, string? Role, int Page);

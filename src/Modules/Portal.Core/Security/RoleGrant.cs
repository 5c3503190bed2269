namespace Portal.Core.Security;

/// <summary>Permissions that a built-in role receives when the site is set up.</summary>
public sealed record RoleGrant(string Role, params Permission[] Permissions);

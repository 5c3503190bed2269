namespace Portal.Users.Models;

/// <summary>The role checkboxes of a user form: every role, with the ones ticked.</summary>
public sealed record RoleChoices(IReadOnlyList<RoleOption> All, IReadOnlyCollection<string> Selected);

using Portal.Core.Security;

namespace Portal.Core.Navigation;

/// <summary>One entry of the admin menu, shown only to users who hold its permission.</summary>
public sealed record AdminMenuItem(string Group, string Text, string Url, Permission Permission, int Order = 0);

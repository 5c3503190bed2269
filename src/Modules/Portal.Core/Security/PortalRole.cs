using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Security;

public sealed class PortalRole : IdentityRole
{
    public PortalRole()
    {
    }

    public PortalRole(string name, string displayName)
        : base(name)
    {
        DisplayName = displayName;
    }

    public string DisplayName { get; set; } = "";
}

using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Security;

public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }
}

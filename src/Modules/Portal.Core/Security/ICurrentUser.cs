using System.Security.Claims;

namespace Portal.Core.Security;

/// <summary>The person on whose behalf the current request or job acts.</summary>
public interface ICurrentUser
{
    string? Id { get; }

    string Name { get; }

    ClaimsPrincipal Principal { get; }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Portal.Core.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SystemName = "系统";

    public ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => Principal.Identity?.IsAuthenticated == true ? Principal.Identity.Name ?? SystemName : SystemName;
}

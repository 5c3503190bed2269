using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;

namespace Portal.Core.Navigation;

/// <summary>Builds the admin menu from every module's provider, trimmed to what the user may open.</summary>
public sealed class AdminMenuBuilder(IEnumerable<IAdminMenuProvider> providers, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<AdminMenuItem>> BuildAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in providers.SelectMany(p => p.GetItems()))
        {
            if (await authorization.AuthorizeAsync(user, item.Permission))
            {
                visible.Add(item);
            }
        }

        return visible.OrderBy(i => i.Order).ToList();
    }
}

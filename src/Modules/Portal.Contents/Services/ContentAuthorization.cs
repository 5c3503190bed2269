using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Contents.Models;
using Portal.Core.Security;

namespace Portal.Contents.Services;

/// <summary>Who may do what to one content item: editors to any, authors to their own drafts.</summary>
public sealed class ContentAuthorization(IAuthorizationService authorization)
{
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, ContentItem item)
    {
        if (await authorization.AuthorizeAsync(user, ContentsPermissions.EditContent))
        {
            return true;
        }

        return item.OwnerId == user.FindFirstValue(ClaimTypes.NameIdentifier)
            && await authorization.AuthorizeAsync(user, ContentsPermissions.EditOwnContent);
    }

    public Task<bool> CanEditAllAsync(ClaimsPrincipal user) => authorization.AuthorizeAsync(user, ContentsPermissions.EditContent);

    public Task<bool> CanPublishAsync(ClaimsPrincipal user) => authorization.AuthorizeAsync(user, ContentsPermissions.PublishContent);

    public Task<bool> CanDeleteAsync(ClaimsPrincipal user) => authorization.AuthorizeAsync(user, ContentsPermissions.DeleteContent);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Delegates.Models;
using Portal.Delegates.Services;

namespace Portal.Delegates.Controllers;

/// <summary>
/// Serves the resized profile photos. A photo of a published profile is public and cached for a year (a new
/// photo gets a new address); one not yet published is shown only to editors and to whoever uploaded it.
/// </summary>
public sealed class DelegatePhotosController(PortalDbContext db, DelegatePhotos photos, IAuthorizationService authorization) : Controller
{
    [HttpGet("delegates/photos/{id:guid}/{size}.jpg")]
    [HttpHead("delegates/photos/{id:guid}/{size}.jpg")]
    public async Task<IActionResult> Show(Guid id, string size)
    {
        if (size is not ("large" or "small"))
        {
            return NotFound();
        }

        var photo = await photos.FindAsync(id);
        if (photo is null)
        {
            return NotFound();
        }

        var isPublic = await db.Set<DelegateIndex>().AnyAsync(d => d.IsPublic && d.PhotoId == id);
        if (!isPublic && !await MayPreviewAsync(photo))
        {
            return NotFound();
        }

        var stream = photos.Open(photo, large: size == "large");
        if (stream is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.CacheControl] = isPublic ? "public, max-age=31536000, immutable" : "private, no-store";
        return File(stream, "image/jpeg", lastModified: null, entityTag: new EntityTagHeaderValue($"\"{id:N}-{size}\""));
    }

    private async Task<bool> MayPreviewAsync(DelegatePhoto photo) =>
        User.Identity?.IsAuthenticated == true
        && (photo.UploadedBy == User.FindFirstValue(ClaimTypes.NameIdentifier)
            || await authorization.AuthorizeAsync(User, DelegatesPermissions.ManageDelegates));
}

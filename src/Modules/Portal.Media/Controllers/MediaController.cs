using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Media.Models;
using Portal.Media.Rules;

namespace Portal.Media.Controllers;

/// <summary>Serves the library's images from the file store, outside the web root, to everyone.</summary>
public sealed class MediaController(PortalDbContext db, IFileStore files) : Controller
{
    /// <summary>
    /// <c>GET /media/{hash}-{width}.jpg</c> (or <c>.png</c>). The name is the content's hash, so a name always means the
    /// same bytes and browsers and proxies may keep it for a year without asking again.
    /// </summary>
    [HttpGet("media/{name}")]
    public async Task<IActionResult> Show(string? name)
    {
        if (MediaRules.ParseName(name) is not { } wanted)
        {
            return NotFound();
        }

        var key = await db.Set<MediaVariant>().AsNoTracking()
            .Where(v => v.Width == wanted.Width && v.MediaItem!.Hash == wanted.Hash && v.MediaItem.Kind == wanted.Kind)
            .Select(v => v.FileKey)
            .SingleOrDefaultAsync();
        if (key is null || files.OpenRead(key) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, wanted.Kind.ContentType());
    }
}

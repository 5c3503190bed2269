using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Contents.Services;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

public sealed class ContentApiController(ContentManager contents, MarkdownRenderer renderer) : Controller
{
    /// <summary>Counts a reading. Called by the article page's script, so a cached page still counts every view.</summary>
    [HttpPost("content/{id:long}/views")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(ContentsModule.ViewCounterRateLimit)]
    public async Task<IActionResult> CountView(long id)
    {
        var views = await contents.CountViewAsync(id);
        return views is null ? NotFound() : Json(new { views });
    }

    /// <summary>The editor's live preview: the same rendering and sanitizing as a save.</summary>
    [HttpPost("admin/contents/preview")]
    [RequirePermission(nameof(ContentsPermissions.EditOwnContent))]
    public IActionResult Preview([FromForm] string? markdown) =>
        Content(renderer.Render(markdown ?? ""), "text/html; charset=utf-8");
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Media.Models;
using Portal.Media.Rules;
using Portal.Media.Services;
using Portal.Media.ViewModels;

namespace Portal.Media.Controllers;

/// <summary>The media library: upload, find, describe and delete images.</summary>
[Route("admin/media")]
[RequirePermission(nameof(MediaPermissions.ManageMedia))]
public sealed class MediaAdminController(MediaLibrary library) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1) => await LibraryView(q, page, null);

    /// <summary>The library page's own form, for browsers without script: on success, the new (or existing) item's page.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Upload(IFormFile? file, string? alt)
    {
        var outcome = await UploadAsync(file, alt);
        if (outcome.Item is not { } item)
        {
            return await LibraryView(null, 1, outcome.Error);
        }

        TempData["Message"] = outcome.AlreadyStored ? "这张图片已在媒体库中，未重复保存。" : "图片已上传。";
        return Redirect($"/admin/media/{item.Id}");
    }

    /// <summary>
    /// For scripts (the editor, when a picture is pasted or dropped): <c>POST /admin/media/upload</c>, multipart form data
    /// with the image in <c>file</c> and an optional <c>alt</c>, the anti-forgery token in the <c>RequestVerificationToken</c>
    /// header. Answers 200 with <c>{ "id": 12, "url": "/media/{hash}-{width}.jpg", "width": 1600, "height": 1200, "alt": "…" }</c>
    /// (the largest stored size; the same image uploaded again answers the item already stored), or 400 with
    /// <c>{ "error": "…" }</c> in Chinese.
    /// </summary>
    [HttpPost("upload")]
    public async Task<IActionResult> UploadJson(IFormFile? file, string? alt)
    {
        var outcome = await UploadAsync(file, alt);
        return outcome.Item is { } item
            ? Json(new MediaUploadResponse(item.Id, MediaRules.Url(item.Hash, item.Width, item.Kind), item.Width, item.Height, item.Alt))
            : BadRequest(new { error = outcome.Error });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id) =>
        await library.FindAsync(id) is { } item ? await ItemView(item, null) : NotFound();

    [HttpPost("{id:long}/alt")]
    public async Task<IActionResult> Alt(long id, string? alt)
    {
        if (await library.FindAsync(id) is not { } item)
        {
            return NotFound();
        }

        if (await library.SetAltAsync(item, alt) is { } error)
        {
            return await ItemView(item, error);
        }

        TempData["Message"] = "替代文字已保存。";
        return Redirect($"/admin/media/{id}");
    }

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id)
    {
        if (await library.FindAsync(id) is not { } item)
        {
            return NotFound();
        }

        if (await library.DeleteAsync(item) is { } refusal)
        {
            return await ItemView(item, refusal);
        }

        TempData["Message"] = $"图片“{item.FileName}”已删除。";
        return Redirect("/admin/media");
    }

    private async Task<MediaOutcome> UploadAsync(IFormFile? file, string? alt)
    {
        if (file is null)
        {
            return MediaOutcome.Refused("请选择要上传的图片。");
        }

        await using var stream = file.OpenReadStream();
        return await library.UploadAsync(stream, file.FileName, alt, HttpContext.RequestAborted);
    }

    private async Task<IActionResult> LibraryView(string? q, int page, string? error)
    {
        var query = library.Items.AsNoTracking();
        var search = q?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            query = query.Where(i => i.FileName.Contains(search) || i.Alt.Contains(search));
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + MediaRules.PageSize - 1) / MediaRules.PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var tiles = await query.OrderByDescending(i => i.UploadedAt).ThenByDescending(i => i.Id)
            .Page(current, MediaRules.PageSize)
            .Select(i => new
            {
                i.Id, i.Hash, i.Kind, i.FileName, i.Alt, i.Width, i.Height,
                Smallest = i.Variants.OrderBy(v => v.Width).Select(v => v.Width).First(),
            })
            .ToListAsync();
        ViewData["Title"] = "媒体库";
        Response.StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View("Index", new MediaLibraryPage(search, current, pageCount, total,
            tiles.Select(t => new MediaTile(t.Id, MediaRules.Url(t.Hash, t.Smallest, t.Kind), t.FileName, t.Alt, t.Width, t.Height)).ToList(), error));
    }

    private async Task<IActionResult> ItemView(MediaItem item, string? error)
    {
        ViewData["Title"] = item.FileName;
        Response.StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View("Show", new MediaItemPage(item, await library.UsagesAsync(item), error));
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Contents.Services;
using Portal.Core.Files;
using Portal.Core.Hosting;
using Portal.Regulations.Models;
using Portal.Regulations.Services;
using Portal.Regulations.ViewModels;

namespace Portal.Regulations.Controllers;

public sealed class RegulationsController(RegulationQueries queries, ContentManager contents, IFileStore files) : Controller
{
    /// <summary>The library. Filters come as text: an unknown kind, year or validity is ignored rather than refused.</summary>
    [HttpGet("regulations")]
    [HttpHead("regulations")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Index(string? kind, string? body, string? year, string? validity)
    {
        var filter = new LibraryFilter(
            Enum.TryParse<RegulationKind>(kind, out var k) && Enum.IsDefined(k) ? k : null,
            string.IsNullOrWhiteSpace(body) ? null : body.Trim(),
            int.TryParse(year, out var y) && y is > 1900 and < 3000 ? y : null,
            Enum.TryParse<Validity>(validity, out var v) && Enum.IsDefined(v) ? v : null);
        ViewData["Title"] = "规章制度";
        return View(await queries.LibraryAsync(filter));
    }

    [HttpGet("regulations/duties")]
    [HttpHead("regulations/duties")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Duties()
    {
        ViewData["Title"] = "委室和科室职责";
        return View(await queries.DutiesAsync());
    }

    [HttpGet("regulations/{slug}")]
    [HttpHead("regulations/{slug}")]
    [OutputCache(PolicyName = PortalCaching.PublicPagePolicy)]
    public async Task<IActionResult> Show(string slug)
    {
        var row = await queries.FindPublishedAsync(slug);
        var version = row is null ? null : await contents.GetPublishedAsync(row.ContentItemId);
        if (row is null || version is null)
        {
            return NotFound();
        }

        var document = (await queries.AllPublishedAsync()).Single(d => d.Id == row.ContentItemId);
        ViewData["Title"] = version.Title;
        return View(new RegulationPage(document, RegulationFields.FromJson(version.Fields), version.BodyHtml, await queries.HistoryAsync(row.ContentItemId)));
    }

    /// <summary>An original of the published version, under its own name; a number the version does not have is not found.</summary>
    [HttpGet("regulations/{slug}/files/{number:int}")]
    public async Task<IActionResult> Download(string slug, int number)
    {
        var row = await queries.FindPublishedAsync(slug);
        var version = row is null ? null : await contents.GetPublishedAsync(row.ContentItemId);
        var attachments = version is null ? [] : RegulationFields.FromJson(version.Fields).Attachments;
        if (number < 1 || number > attachments.Count)
        {
            return NotFound();
        }

        var attachment = attachments[number - 1];
        var stream = files.OpenRead(attachment.Key);
        return stream is null ? NotFound() : File(stream, attachment.Kind.ContentType(), attachment.Name);
    }
}

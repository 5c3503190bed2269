using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Contests.Services;
using Portal.Core.Files;

namespace Portal.Contests.Controllers;

/// <summary>Attachment downloads: only for the author, the judges assigned to the entry (under a neutral name) and contest managers.</summary>
[Authorize]
public sealed class AttachmentsController(AttachmentAccess access, IFileStore files) : Controller
{
    [HttpGet("contest-files/{id:long}")]
    public async Task<IActionResult> Download(long id)
    {
        var allowed = await access.AuthorizeAsync(id, User);
        if (allowed is not { } file)
        {
            return NotFound();
        }

        var stream = files.OpenRead(file.Attachment.FileKey);
        return stream is null ? NotFound() : File(stream, file.Attachment.Kind.ContentType(), file.DownloadName);
    }
}

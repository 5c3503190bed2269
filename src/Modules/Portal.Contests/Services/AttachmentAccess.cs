using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Core.Security;

namespace Portal.Contests.Services;

/// <summary>
/// Who may download an attachment, and under which name: the author and contest managers see the author's file name;
/// a judge assigned to the entry gets a neutral one (作品附件-1.pdf), so nothing about the author leaks through it.
/// </summary>
public sealed class AttachmentAccess(PortalDbContext db, IAuthorizationService authorization)
{
    public async Task<(EntryAttachment Attachment, string DownloadName)?> AuthorizeAsync(long attachmentId, ClaimsPrincipal user)
    {
        var attachment = await db.Set<EntryAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (attachment is null || userId is null)
        {
            return null;
        }

        var authorId = await db.Set<ContestEntry>().Where(e => e.Id == attachment.EntryId).Select(e => e.AuthorId).FirstAsync();
        if (authorId == userId || await authorization.AuthorizeAsync(user, ContestsPermissions.ManageContests))
        {
            return (attachment, attachment.OriginalName);
        }

        var assigned = await db.Set<JudgeAssignment>().AnyAsync(a => a.EntryId == attachment.EntryId && a.JudgeId == userId);
        return assigned && await authorization.AuthorizeAsync(user, ContestsPermissions.JudgeEntries)
            ? (attachment, NeutralName(attachment))
            : null;
    }

    public static string NeutralName(EntryAttachment attachment) => $"作品附件-{attachment.Number}{attachment.Kind.Extension()}";
}

using Microsoft.EntityFrameworkCore;
using Portal.Contests.Models;
using Portal.Core.Data;
using Portal.Core.Files;

namespace Portal.Contests.Services;

/// <summary>The entry attachments still stored: every file of the entries area that an attachment row names.</summary>
internal sealed class EntryFileReferences(PortalDbContext db) : IFileReferences
{
    public IReadOnlyCollection<string> Areas { get; } = [EntryUploads.Area];

    public async Task<IReadOnlyCollection<string>> KeysAsync(CancellationToken cancellationToken) =>
        await db.Set<EntryAttachment>().Select(a => a.FileKey).ToListAsync(cancellationToken);
}

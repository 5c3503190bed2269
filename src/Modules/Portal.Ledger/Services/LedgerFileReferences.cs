using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;

namespace Portal.Ledger.Services;

/// <summary>The evidence files of progress updates: every file of the ledger area that an attachment row names.</summary>
internal sealed class LedgerFileReferences(PortalDbContext db) : IFileReferences
{
    public IReadOnlyCollection<string> Areas { get; } = [AttachmentRules.FileArea];

    public async Task<IReadOnlyCollection<string>> KeysAsync(CancellationToken cancellationToken) =>
        await db.Set<UpdateAttachment>().Select(a => a.FileKey).ToListAsync(cancellationToken);
}

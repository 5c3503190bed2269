using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Media.Models;
using Portal.Media.Rules;

namespace Portal.Media.Services;

/// <summary>The library's files: every stored size of every item.</summary>
internal sealed class MediaFileReferences(PortalDbContext db) : IFileReferences
{
    public IReadOnlyCollection<string> Areas { get; } = [MediaRules.FileArea];

    public async Task<IReadOnlyCollection<string>> KeysAsync(CancellationToken cancellationToken) =>
        await db.Set<MediaVariant>().Select(v => v.FileKey).ToListAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Delegates.Models;

namespace Portal.Delegates.Services;

/// <summary>
/// The resized copies that photo rows name. Uploaded originals are deleted once resized, so none of them is ever
/// needed: the uploads area is declared with no key, and whatever a crash left there goes.
/// </summary>
internal sealed class PhotoFileReferences(PortalDbContext db) : IFileReferences
{
    public IReadOnlyCollection<string> Areas { get; } = [DelegatePhotos.PhotoArea, DelegatePhotos.UploadArea];

    public async Task<IReadOnlyCollection<string>> KeysAsync(CancellationToken cancellationToken)
    {
        var photos = await db.Set<DelegatePhoto>().Select(p => new { p.LargeKey, p.SmallKey }).ToListAsync(cancellationToken);
        return photos.SelectMany(p => new[] { p.LargeKey, p.SmallKey }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Files;
using Portal.Study.Models;
using Portal.Study.Rules;

namespace Portal.Study.Services;

/// <summary>The files of study materials: every file of the study area that a material names.</summary>
internal sealed class MaterialFileReferences(PortalDbContext db) : IFileReferences
{
    public IReadOnlyCollection<string> Areas { get; } = [MaterialRules.FileArea];

    public async Task<IReadOnlyCollection<string>> KeysAsync(CancellationToken cancellationToken) =>
        await db.Set<StudyMaterial>().Where(m => m.FileKey != null).Select(m => m.FileKey!).ToListAsync(cancellationToken);
}

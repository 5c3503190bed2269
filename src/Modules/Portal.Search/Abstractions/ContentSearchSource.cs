using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Services;

namespace Portal.Search;

/// <summary>
/// The search source of content types: only the published version of an item that is not deleted is ever described,
/// so a module cannot leak a draft by mistake. The module says how its published version reads.
/// </summary>
public abstract class ContentSearchSource(ContentManager contents) : ISearchDocumentSource
{
    private const int RebuildBatch = 200;

    public abstract IReadOnlyCollection<string> Kinds { get; }

    /// <summary>The document for a published item, or null to keep it out of the index.</summary>
    protected abstract Task<SearchDocument?> DescribeAsync(ContentItem item, ContentVersion published, CancellationToken cancellationToken);

    public async Task<SearchDocument?> LoadAsync(string kind, string key, CancellationToken cancellationToken)
    {
        if (!long.TryParse(key, out var id))
        {
            return null;
        }

        var item = await contents.Items.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == id && i.HasPublishedVersion && Kinds.Contains(i.ContentType), cancellationToken);
        var published = item is null ? null : await contents.Versions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentItemId == id && v.IsPublished, cancellationToken);
        return item is null || published is null ? null : await DescribeAsync(item, published, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var kinds = Kinds.ToList();
        for (long after = 0; ;)
        {
            var batch = await (
                    from item in contents.Items.AsNoTracking()
                    join version in contents.Versions.AsNoTracking() on item.Id equals version.ContentItemId
                    where item.Id > after && item.HasPublishedVersion && version.IsPublished && kinds.Contains(item.ContentType)
                    orderby item.Id
                    select new { item, version })
                .Take(RebuildBatch)
                .ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                if (await DescribeAsync(row.item, row.version, cancellationToken) is { } document)
                {
                    yield return document;
                }
            }

            if (batch.Count < RebuildBatch)
            {
                yield break;
            }

            after = batch[^1].item.Id;
        }
    }
}

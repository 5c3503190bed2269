using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Delegates.Models;
using Portal.Search;

namespace Portal.Delegates.Services;

/// <summary>The directory, the liaison points and every public profile, for the sitemap.</summary>
internal sealed class DelegateSitemapSource(PortalDbContext db) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/delegates");
        yield return new SitemapEntry("/liaison-points");
        var slugs = await db.Set<DelegateIndex>().AsNoTracking().Where(d => d.IsPublic).OrderBy(d => d.SortRank).Select(d => d.Slug).ToListAsync(cancellationToken);
        foreach (var slug in slugs)
        {
            yield return new SitemapEntry($"/delegates/{slug}");
        }

        var points = await db.Set<LiaisonPoint>().AsNoTracking().OrderBy(p => p.Slug).Select(p => new { p.Slug, p.ModifiedAt }).ToListAsync(cancellationToken);
        foreach (var point in points)
        {
            yield return new SitemapEntry($"/liaison-points/{point.Slug}", point.ModifiedAt);
        }
    }
}

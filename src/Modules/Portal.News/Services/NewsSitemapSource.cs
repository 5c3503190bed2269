using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.News.Models;
using Portal.Search;

namespace Portal.News.Services;

/// <summary>The home page, every column and every published article, for the sitemap.</summary>
internal sealed class NewsSitemapSource(PortalDbContext db, ColumnTree columns) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/");
        foreach (var column in await columns.AllAsync())
        {
            yield return new SitemapEntry($"/columns/{column.Slug}");
        }

        var articles = await db.Set<ArticleIndex>().AsNoTracking()
            .Where(a => a.PublishedColumnId != null)
            .OrderByDescending(a => a.PublishedAt)
            .Select(a => new { a.Slug, a.PublishedAt })
            .ToListAsync(cancellationToken);
        foreach (var article in articles)
        {
            yield return new SitemapEntry($"/news/{article.Slug}", article.PublishedAt);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.News.Models;
using Portal.News.ViewModels;

namespace Portal.News.Services;

/// <summary>A published article as its public page shows it.</summary>
public sealed record PublishedArticle(ArticleIndex Index, DateTime? PublishedAt, long ViewCount, string Title, string? Summary, string BodyHtml, string Fields);

/// <summary>What the public pages read: published articles only, from the index table.</summary>
public sealed class ArticleQueries(PortalDbContext db, ColumnTree columns)
{
    // The article page's queries are compiled once: translating the LINQ tree again on every rendered page (parameter
    // extraction and the query cache's key comparison) cost more than running the SQL.
    private static readonly Func<PortalDbContext, string, Task<PublishedArticle?>> BySlug = EF.CompileAsyncQuery(
        (PortalDbContext db, string slug) => (
            from index in db.Set<ArticleIndex>().AsNoTracking()
            where index.Slug == slug && index.PublishedColumnId != null
            join item in db.Set<ContentItem>().AsNoTracking() on index.ContentItemId equals item.Id
            join version in db.Set<ContentVersion>().AsNoTracking() on item.Id equals version.ContentItemId
            where version.IsPublished
            select new PublishedArticle(index, item.PublishedAt, item.ViewCount, version.Title, version.Summary, version.BodyHtml, version.Fields))
            .FirstOrDefault());

    private static readonly Func<PortalDbContext, int?, long, DateTime?, Task<ArticleListItem?>> Previous = EF.CompileAsyncQuery(
        (PortalDbContext db, int? columnId, long id, DateTime? publishedAt) => db.Set<ArticleIndex>().AsNoTracking()
            .Where(a => a.PublishedColumnId != null && a.PublishedColumnId == columnId && a.ContentItemId != id)
            .Where(a => a.PublishedAt < publishedAt || (a.PublishedAt == publishedAt && a.ContentItemId < id))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.ContentItemId)
            .Select(a => new ArticleListItem(a.ContentItemId, a.Slug, a.PublishedTitle!, a.PublishedAt)).FirstOrDefault());

    private static readonly Func<PortalDbContext, int?, long, DateTime?, Task<ArticleListItem?>> Next = EF.CompileAsyncQuery(
        (PortalDbContext db, int? columnId, long id, DateTime? publishedAt) => db.Set<ArticleIndex>().AsNoTracking()
            .Where(a => a.PublishedColumnId != null && a.PublishedColumnId == columnId && a.ContentItemId != id)
            .Where(a => a.PublishedAt > publishedAt || (a.PublishedAt == publishedAt && a.ContentItemId > id))
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.ContentItemId)
            .Select(a => new ArticleListItem(a.ContentItemId, a.Slug, a.PublishedTitle!, a.PublishedAt)).FirstOrDefault());

    private IQueryable<ArticleIndex> Published => db.Set<ArticleIndex>().AsNoTracking().Where(a => a.PublishedColumnId != null);

    /// <summary>The published article at this address with its published version, in one query; null when there is none.</summary>
    public Task<PublishedArticle?> PublishedAsync(string slug) => BySlug(db, slug);

    public async Task<IReadOnlyList<ArticleListItem>> LatestInColumnAsync(int columnId, int take)
    {
        var ids = await columns.SelfAndDescendantIdsAsync(columnId);
        return await ToList(Newest(Published.Where(a => ids.Contains(a.PublishedColumnId!.Value))).Take(take));
    }

    public async Task<(IReadOnlyList<ArticleListItem> Items, int Total)> ColumnPageAsync(int columnId, int page, int pageSize)
    {
        var ids = await columns.SelfAndDescendantIdsAsync(columnId);
        var query = Published.Where(a => ids.Contains(a.PublishedColumnId!.Value));
        var total = await query.CountAsync();
        return (await ToList(Newest(query).Page(page, pageSize)), total);
    }

    public Task<IReadOnlyList<ArticleListItem>> FeaturedAsync(int take) => ToList(Newest(Published.Where(a => a.Featured)).Take(take));

    public async Task<(ArticleListItem? Previous, ArticleListItem? Next)> NeighboursAsync(ArticleIndex article) =>
        (await Previous(db, article.PublishedColumnId, article.ContentItemId, article.PublishedAt),
            await Next(db, article.PublishedColumnId, article.ContentItemId, article.PublishedAt));

    private static IQueryable<ArticleIndex> Newest(IQueryable<ArticleIndex> query) =>
        query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.ContentItemId);

    private static async Task<IReadOnlyList<ArticleListItem>> ToList(IQueryable<ArticleIndex> query) =>
        await query.Select(a => new ArticleListItem(a.ContentItemId, a.Slug, a.PublishedTitle!, a.PublishedAt))
            .ToListAsync();
}

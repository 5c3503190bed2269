using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.News.Models;
using Portal.News.ViewModels;

namespace Portal.News.Services;

/// <summary>What the public pages read: published articles only, from the index table.</summary>
public sealed class ArticleQueries(PortalDbContext db, ColumnTree columns)
{
    private IQueryable<ArticleIndex> Published => db.Set<ArticleIndex>().AsNoTracking().Where(a => a.PublishedColumnId != null);

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
        return (await ToList(Newest(query).Skip((page - 1) * pageSize).Take(pageSize)), total);
    }

    public Task<IReadOnlyList<ArticleListItem>> FeaturedAsync(int take) => ToList(Newest(Published.Where(a => a.Featured)).Take(take));

    public async Task<(ArticleListItem? Previous, ArticleListItem? Next)> NeighboursAsync(ArticleIndex article)
    {
        var sameColumn = Published.Where(a => a.PublishedColumnId == article.PublishedColumnId && a.ContentItemId != article.ContentItemId);
        var previous = await sameColumn
            .Where(a => a.PublishedAt < article.PublishedAt || (a.PublishedAt == article.PublishedAt && a.ContentItemId < article.ContentItemId))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.ContentItemId)
            .Select(a => new ArticleListItem(a.ContentItemId, a.Slug, a.PublishedTitle!, a.PublishedAt)).FirstOrDefaultAsync();
        var next = await sameColumn
            .Where(a => a.PublishedAt > article.PublishedAt || (a.PublishedAt == article.PublishedAt && a.ContentItemId > article.ContentItemId))
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.ContentItemId)
            .Select(a => new ArticleListItem(a.ContentItemId, a.Slug, a.PublishedTitle!, a.PublishedAt)).FirstOrDefaultAsync();
        return (previous, next);
    }

    private static IQueryable<ArticleIndex> Newest(IQueryable<ArticleIndex> query) =>
        query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.ContentItemId);

    private static async Task<IReadOnlyList<ArticleListItem>> ToList(IQueryable<ArticleIndex> query) =>
        await query.Select(a => new ArticleListItem(a.ContentItemId, a.Slug, a.PublishedTitle!, a.PublishedAt))
            .ToListAsync();
}

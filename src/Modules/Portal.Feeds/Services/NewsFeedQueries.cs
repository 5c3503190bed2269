using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Data;
using Portal.News.Models;
using Portal.News.Services;

namespace Portal.Feeds.Services;

/// <summary>The newest published articles of the whole site or of one column (with the columns below it).</summary>
public sealed class NewsFeedQueries(PortalDbContext db, ContentManager contents, ColumnTree columns)
{
    public const int Size = 20;

    public Task<IReadOnlyList<FeedItem>> LatestAsync() => ItemsAsync(null);

    public async Task<IReadOnlyList<FeedItem>> LatestInColumnAsync(int columnId) => await ItemsAsync(await columns.SelfAndDescendantIdsAsync(columnId));

    private async Task<IReadOnlyList<FeedItem>> ItemsAsync(IReadOnlyList<int>? columnIds)
    {
        var query = db.Set<ArticleIndex>().AsNoTracking().Where(a => a.PublishedColumnId != null);
        if (columnIds is not null)
        {
            query = query.Where(a => columnIds.Contains(a.PublishedColumnId!.Value));
        }

        var rows = await query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.ContentItemId).Take(Size).ToListAsync();
        var ids = rows.Select(r => r.ContentItemId).ToList();
        var versions = await contents.Versions.AsNoTracking().Where(v => ids.Contains(v.ContentItemId) && v.IsPublished)
            .ToDictionaryAsync(v => v.ContentItemId);
        var names = (await columns.AllAsync()).ToDictionary(c => c.Id, c => c.Name);
        return rows.Where(r => versions.ContainsKey(r.ContentItemId))
            .Select(r => new FeedItem(r.PublishedTitle!, $"/news/{r.Slug}", r.PublishedAt ?? DateTime.UnixEpoch,
                versions[r.ContentItemId].Summary is { Length: > 0 } summary ? summary : versions[r.ContentItemId].BodyHtml,
                names.GetValueOrDefault(r.PublishedColumnId!.Value, "")))
            .ToList();
    }
}

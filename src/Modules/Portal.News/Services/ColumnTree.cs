using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Data;
using Portal.News.Models;

namespace Portal.News.Services;

/// <summary>The column tree, read once and cached (on every node) until an editor changes a column; read once per request.</summary>
public sealed class ColumnTree(PortalDbContext db, SharedMemoryCache cache)
{
    private const string CacheKey = "news:columns";

    private IReadOnlyList<Column>? _columns;

    public async Task<IReadOnlyList<Column>> AllAsync() =>
        _columns ??= await cache.GetOrCreateAsync<IReadOnlyList<Column>>(CacheKey, async cancellationToken =>
            await db.Set<Column>().AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken));

    public async Task InvalidateAsync()
    {
        _columns = null;
        await cache.InvalidateAsync(CacheKey);
    }

    public async Task<Column?> FindAsync(int id) => (await AllAsync()).FirstOrDefault(c => c.Id == id);

    public async Task<Column?> FindBySlugAsync(string slug) => (await AllAsync()).FirstOrDefault(c => c.Slug == slug);

    public async Task<IReadOnlyList<Column>> RootsAsync() => (await AllAsync()).Where(c => c.ParentId is null).ToList();

    public async Task<IReadOnlyList<Column>> ChildrenAsync(int id) => (await AllAsync()).Where(c => c.ParentId == id).ToList();

    /// <summary>The column and its ancestors, root first: 自身建设 > 机关建设.</summary>
    public async Task<IReadOnlyList<Column>> PathAsync(int id)
    {
        var all = (await AllAsync()).ToDictionary(c => c.Id);
        var path = new List<Column>();
        var seen = new HashSet<int>();
        for (var current = all.GetValueOrDefault(id); current is not null && seen.Add(current.Id); current = current.ParentId is { } parent ? all.GetValueOrDefault(parent) : null)
        {
            path.Insert(0, current);
        }

        return path;
    }

    /// <summary>The column and every column below it.</summary>
    public async Task<IReadOnlyList<int>> SelfAndDescendantIdsAsync(int id)
    {
        var all = await AllAsync();
        var result = new List<int> { id };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(all.Where(c => c.ParentId == result[i] && !result.Contains(c.Id)).Select(c => c.Id));
        }

        return result;
    }

    /// <summary>Columns in tree order with their depth, for select lists.</summary>
    public async Task<IReadOnlyList<(Column Column, int Depth)>> FlattenAsync()
    {
        var all = await AllAsync();
        var result = new List<(Column, int)>();
        void Add(int? parent, int depth)
        {
            foreach (var column in all.Where(c => c.ParentId == parent))
            {
                result.Add((column, depth));
                Add(column.Id, depth + 1);
            }
        }

        Add(null, 0);
        return result;
    }
}

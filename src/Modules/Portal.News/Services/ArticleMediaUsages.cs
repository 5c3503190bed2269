using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.Core.Media;
using Portal.News.Models;

namespace Portal.News.Services;

/// <summary>
/// Articles and reports whose latest or published version shows an image. Items in the recycle bin count too: they
/// can be restored, and would come back without their pictures.
/// </summary>
internal sealed class ArticleMediaUsages(PortalDbContext db) : IMediaUsages
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string urlStem, CancellationToken cancellationToken = default)
    {
        var types = ArticleTypes.DisplayNames.Keys.ToList();
        var rows = await (
                from version in db.Set<ContentVersion>().AsNoTracking()
                join item in db.Set<ContentItem>().IgnoreQueryFilters().AsNoTracking() on version.ContentItemId equals item.Id
                where types.Contains(item.ContentType) && (version.IsLatest || version.IsPublished) && version.BodyMarkdown.Contains(urlStem)
                select new { item.Id, item.ContentType, item.DeletedAt, version.Title, version.IsLatest, version.IsPublished })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id).OrderBy(g => g.Key).Select(g =>
        {
            var latest = g.FirstOrDefault(r => r.IsLatest) ?? g.First();
            var state = latest.DeletedAt is not null ? "回收站" : g.Any(r => r.IsPublished) ? "已发布" : "未发布";
            return new MediaUsage($"{ArticleTypes.DisplayNames[latest.ContentType]}《{latest.Title}》（{state}）", $"/admin/news/{g.Key}/edit");
        }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.News.Models;

namespace Portal.News.Handlers;

/// <summary>Keeps <see cref="ArticleIndex"/> in step with every change to an article, inside the same save.</summary>
internal sealed class ArticleIndexHandler(PortalDbContext db) : IContentHandler
{
    public async Task UpdatingAsync(ContentEventContext context)
    {
        var item = context.Item;
        if (!ArticleTypes.IsKnown(item.ContentType))
        {
            return;
        }

        var row = await db.Set<ArticleIndex>().FindAsync(item.Id);
        if (row is null)
        {
            row = new ArticleIndex { ContentItemId = item.Id, ContentType = item.ContentType };
            db.Add(row);
        }

        var latest = ArticleFields.FromJson(context.Latest.Fields);
        row.ColumnId = latest.ColumnId;
        row.Title = context.Latest.Title;
        row.Slug = item.Slug;

        var visible = context.Published is not null && item.HasPublishedVersion && item.DeletedAt is null;
        var published = visible ? ArticleFields.FromJson(context.Published!.Fields) : null;
        row.PublishedColumnId = published?.ColumnId;
        row.PublishedTitle = visible ? context.Published!.Title : null;
        row.Featured = published?.Featured ?? false;
        row.PublishedAt = visible ? item.PublishedAt : null;
    }
}

using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.Delegates.Models;

namespace Portal.Delegates.Handlers;

/// <summary>Keeps <see cref="DelegateIndex"/> in step with every change to a profile, inside the same save.</summary>
internal sealed class DelegateIndexHandler(PortalDbContext db) : IContentHandler
{
    public async Task UpdatingAsync(ContentEventContext context)
    {
        var item = context.Item;
        if (item.ContentType != DelegateTypes.Profile)
        {
            return;
        }

        var row = await db.Set<DelegateIndex>().FindAsync(item.Id);
        if (row is null)
        {
            row = new DelegateIndex { ContentItemId = item.Id };
            db.Add(row);
        }

        row.Slug = item.Slug;
        row.Name = context.Latest.Title;

        var visible = context.Published is not null && item.HasPublishedVersion && item.DeletedAt is null;
        var fields = visible ? DelegateFields.FromJson(context.Published!.Fields) : null;
        var mandate = fields?.CurrentMandate;
        row.IsPublic = visible;
        row.PublishedName = visible ? context.Published!.Title : null;
        row.Level = mandate?.Level;
        row.Congress = mandate?.Congress;
        row.Delegation = mandate?.Delegation;
        row.CommitteeRole = fields?.CommitteeRole ?? CommitteeRole.None;
        row.Unit = fields?.Unit;
        row.PhotoId = fields?.PhotoId;
        row.SortRank = (int)(mandate?.Level ?? DelegateLevel.Township) * 10 + (row.CommitteeRole == CommitteeRole.None ? 9 : (int)row.CommitteeRole);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Contents.Handlers;
using Portal.Contents.Models;
using Portal.Core.Data;
using Portal.Regulations.Models;

namespace Portal.Regulations.Handlers;

/// <summary>Keeps <see cref="RegulationIndex"/> and the published document's <see cref="RegulationLink"/>s in step with every change, inside the same save.</summary>
internal sealed class RegulationIndexHandler(PortalDbContext db) : IContentHandler
{
    public async Task UpdatingAsync(ContentEventContext context)
    {
        var item = context.Item;
        if (item.ContentType != RegulationTypes.Regulation)
        {
            return;
        }

        var row = await db.Set<RegulationIndex>().FindAsync(item.Id);
        if (row is null)
        {
            row = new RegulationIndex { ContentItemId = item.Id };
            db.Add(row);
        }

        var visible = context.Published is not null && item.HasPublishedVersion && item.DeletedAt is null;
        var fields = RegulationFields.FromJson((visible ? context.Published! : context.Latest).Fields);
        row.Slug = item.Slug;
        row.Title = context.Latest.Title;
        row.PublishedTitle = visible ? context.Published!.Title : null;
        row.Kind = fields.Kind;
        row.DocumentNumber = fields.DocumentNumber;
        row.IssuingBody = fields.IssuingBody;
        row.AdoptedOn = fields.AdoptedOn;
        row.PublishedOn = fields.PublishedOn;
        row.EffectiveOn = fields.EffectiveOn;
        row.Validity = fields.Validity;
        row.IsNew = fields.IsNew;
        row.SortOrder = fields.SortOrder;

        db.RemoveRange(await db.Set<RegulationLink>().Where(l => l.FromId == item.Id).ToListAsync());
        if (visible)
        {
            db.AddRange(fields.Changes.DistinctBy(c => c.TargetId).Select(c => new RegulationLink { FromId = item.Id, ToId = c.TargetId, Kind = c.Kind }));
        }
    }
}

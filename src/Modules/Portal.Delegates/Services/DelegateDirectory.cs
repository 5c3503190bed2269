using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;
using Portal.Delegates.ViewModels;

namespace Portal.Delegates.Services;

/// <summary>
/// What the public pages read: published profiles from the index and their published version, open links to
/// liaison points, and approved voter contacts. Private fields are never read here.
/// </summary>
public sealed class DelegateDirectory(PortalDbContext db)
{
    private const int RecentContacts = 20;

    private IQueryable<DelegateIndex> Public => db.Set<DelegateIndex>().AsNoTracking().Where(d => d.IsPublic);

    public async Task<(IReadOnlyList<DirectoryRow> Rows, int Total)> SearchAsync(DirectoryFilter filter, int pageSize)
    {
        var query = Public;
        if (filter.Level is { } level)
        {
            query = query.Where(d => d.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(filter.Delegation))
        {
            query = query.Where(d => d.Delegation == filter.Delegation);
        }

        if (filter.Role is { } role)
        {
            query = query.Where(d => d.CommitteeRole == role);
        }

        if (filter.Liaison is { } type)
        {
            var linked = db.Set<LiaisonLink>().Where(l => l.End == null && l.LiaisonPoint!.Type == type).Select(l => l.ContentItemId);
            query = query.Where(d => linked.Contains(d.ContentItemId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(d => d.PublishedName!.Contains(q));
        }

        var total = await query.CountAsync();
        var rows = await query.OrderBy(d => d.SortRank).ThenBy(d => d.PublishedName).ThenBy(d => d.ContentItemId)
            .Page(filter.Page, pageSize)
            .Select(d => new DirectoryRow(d.Slug, d.PublishedName!, d.Level, d.Delegation, d.CommitteeRole, d.Unit, d.PhotoId))
            .ToListAsync();
        return (rows, total);
    }

    public async Task<IReadOnlyList<string>> DelegationsAsync() =>
        await Public.Where(d => d.Delegation != null).Select(d => d.Delegation!).Distinct().OrderBy(d => d).ToListAsync();

    /// <summary>The published profile at that route, or null.</summary>
    public async Task<ProfilePage?> ProfileAsync(string slug)
    {
        var index = await Public.FirstOrDefaultAsync(d => d.Slug == slug);
        if (index is null)
        {
            return null;
        }

        var version = await db.Set<Portal.Contents.Models.ContentVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentItemId == index.ContentItemId && v.IsPublished);
        return version is null ? null : await ProfilePageAsync(index.ContentItemId, slug, version.Title, version.BodyHtml, version.Fields, isPreview: false);
    }

    /// <summary>A profile page for any version, e.g. the latest draft an editor previews; links and activity are the public ones.</summary>
    public async Task<ProfilePage> ProfilePageAsync(long id, string slug, string name, string biographyHtml, string fieldsJson, bool isPreview)
    {
        var points = await db.Set<LiaisonLink>().AsNoTracking()
            .Where(l => l.ContentItemId == id)
            .OrderBy(l => l.End != null).ThenByDescending(l => l.Start)
            .Select(l => new LinkedPoint(l.LiaisonPoint!.Slug, l.LiaisonPoint.Name, l.LiaisonPoint.Type, l.Start, l.End))
            .ToListAsync();
        var approved = Approved().Where(c => c.ContentItemId == id);
        return new ProfilePage(id, slug, name, biographyHtml, DelegateFields.FromJson(fieldsJson), points,
            await SummaryAsync(approved), await TopicsAsync(approved), isPreview);
    }

    public async Task<IReadOnlyList<LiaisonPointListItem>> LiaisonPointsAsync()
    {
        var publicIds = Public.Select(d => d.ContentItemId);
        return await db.Set<LiaisonPoint>().AsNoTracking()
            .OrderBy(p => p.Type).ThenBy(p => p.Name)
            .Select(p => new LiaisonPointListItem(p.Slug, p.Name, p.Type, p.Location,
                db.Set<LiaisonLink>().Count(l => l.LiaisonPointId == p.Id && l.End == null && publicIds.Contains(l.ContentItemId))))
            .ToListAsync();
    }

    public async Task<LiaisonPointPage?> LiaisonPointAsync(string slug)
    {
        var point = await db.Set<LiaisonPoint>().AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug);
        if (point is null)
        {
            return null;
        }

        var delegates = await (
                from link in db.Set<LiaisonLink>()
                join index in Public on link.ContentItemId equals index.ContentItemId
                where link.LiaisonPointId == point.Id
                orderby link.End != null, index.SortRank, link.Start
                select new LinkedDelegate(index.Slug, index.PublishedName!, index.CommitteeRole, index.Level, link.Start, link.End))
            .ToListAsync();
        var approved = Approved().Where(c => c.LiaisonPointId == point.Id);
        return new LiaisonPointPage(point, delegates, await SummaryAsync(approved), await TopicsAsync(approved));
    }

    /// <summary>Approved records of published delegates: the only voter contacts the public may see.</summary>
    private IQueryable<VoterContact> Approved()
    {
        var publicIds = Public.Select(d => d.ContentItemId);
        return db.Set<VoterContact>().AsNoTracking().Where(c => c.Review == ReviewStatus.Approved && publicIds.Contains(c.ContentItemId));
    }

    private static async Task<ActivitySummary> SummaryAsync(IQueryable<VoterContact> contacts) =>
        ActivitySummaryRules.Build(await contacts.Select(c => new ContactFact(c.Date, c.Form, c.PeopleCount)).ToListAsync());

    private async Task<IReadOnlyList<ContactTopic>> TopicsAsync(IQueryable<VoterContact> contacts) =>
        await (from contact in contacts
               join index in Public on contact.ContentItemId equals index.ContentItemId
               orderby contact.Date descending, contact.Id descending
               select new ContactTopic(contact.Date, contact.Form, contact.PeopleCount, contact.Topic, contact.FollowUpStatus, index.PublishedName, index.Slug))
            .Take(RecentContacts).ToListAsync();
}

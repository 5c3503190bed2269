using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Regulations.Models;
using Portal.Regulations.Rules;
using Portal.Regulations.ViewModels;

namespace Portal.Regulations.Services;

/// <summary>
/// What the public pages read: published documents only, from the index tables. The library is a few hundred documents
/// at most, so it is read whole and filtered in memory, where the validity readers see can be worked out.
/// </summary>
public sealed class RegulationQueries(PortalDbContext db)
{
    public async Task<IReadOnlyList<RegulationListItem>> AllPublishedAsync()
    {
        var rows = await db.Set<RegulationIndex>().AsNoTracking().Where(r => r.PublishedTitle != null).ToListAsync();
        var links = await db.Set<RegulationLink>().AsNoTracking().ToListAsync();
        return rows.Select(r => ToItem(r, links)).ToList();
    }

    public async Task<LibraryPage> LibraryAsync(LibraryFilter filter)
    {
        var all = await AllPublishedAsync();
        var items = all
            .Where(d => filter.Kind is null || d.Kind == filter.Kind)
            .Where(d => filter.IssuingBody is null || d.IssuingBody == filter.IssuingBody)
            .Where(d => filter.Year is null || d.ListedOn?.Year == filter.Year)
            .Where(d => filter.Validity is null || d.Validity == filter.Validity)
            .OrderBy(d => d.Kind).ThenByDescending(d => d.IsNew).ThenByDescending(d => d.ListedOn).ThenBy(d => d.Title, StringComparer.Ordinal)
            .ToList();
        return new LibraryPage(filter, items,
            all.Select(d => d.IssuingBody).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
            all.Select(d => d.ListedOn?.Year).OfType<int>().Distinct().OrderDescending().ToList(),
            all.Where(d => d.Validity == Validity.InForce).GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Count()));
    }

    public async Task<DutiesPage> DutiesAsync()
    {
        var rows = await db.Set<RegulationIndex>().AsNoTracking()
            .Where(r => r.PublishedTitle != null && (r.Kind == RegulationKind.CommitteeDuties || r.Kind == RegulationKind.SectionDuties))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.ContentItemId)
            .ToListAsync();
        var items = rows.Select(r => ToItem(r, [])).ToList();
        return new DutiesPage(items.Where(i => i.Kind == RegulationKind.CommitteeDuties).ToList(), items.Where(i => i.Kind == RegulationKind.SectionDuties).ToList());
    }

    public async Task<RegulationIndex?> FindPublishedAsync(string slug) =>
        await db.Set<RegulationIndex>().AsNoTracking().FirstOrDefaultAsync(r => r.Slug == slug && r.PublishedTitle != null);

    /// <summary>The published documents of the document's amendment chain, oldest first, each with what it did.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(long id)
    {
        var links = await db.Set<RegulationLink>().AsNoTracking().ToListAsync();
        var chain = RegulationHistoryRules.Chain(id, links);
        if (chain.Count == 1)
        {
            return [];
        }

        var rows = await db.Set<RegulationIndex>().AsNoTracking().Where(r => chain.Contains(r.ContentItemId) && r.PublishedTitle != null).ToListAsync();
        var titles = rows.ToDictionary(r => r.ContentItemId, r => r.PublishedTitle!);
        var documents = rows.Select(r => ToItem(r, links));
        return RegulationHistoryRules.InDateOrder(documents, d => d.ListedOn, d => d.Id)
            .Select(d => new HistoryEntry(d, Action(d.Id, links, titles), d.Id == id))
            .ToList();
    }

    private static string Action(long id, IReadOnlyList<RegulationLink> links, IReadOnlyDictionary<long, string> titles)
    {
        var changes = links.Where(l => l.FromId == id && titles.ContainsKey(l.ToId))
            .Select(l => $"{l.Kind.DisplayName()}《{titles[l.ToId]}》").ToList();
        return changes.Count == 0 ? "制定" : string.Join("；", changes);
    }

    private static RegulationListItem ToItem(RegulationIndex row, IReadOnlyList<RegulationLink> links) => new(
        row.ContentItemId, row.Slug, row.PublishedTitle ?? row.Title, row.Kind, row.DocumentNumber, row.IssuingBody,
        row.PublishedOn ?? row.AdoptedOn ?? row.EffectiveOn,
        RegulationStatusRules.Effective(row.Validity, links.Where(l => l.ToId == row.ContentItemId).Select(l => l.Kind)),
        row.IsNew);
}

using Microsoft.EntityFrameworkCore;
using Portal.Contests.Services;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.News.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Services;

/// <summary>The roles, content types, columns, contests and ledger areas a rule can name.</summary>
public sealed class RuleChoiceQueries(PortalDbContext db, ContestQueries contests)
{
    public async Task<RuleChoices> LoadAsync()
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).Select(r => new RuleChoice(r.Name!, r.DisplayName)).ToListAsync();
        var columns = await db.Set<Column>().AsNoTracking().OrderBy(c => c.ParentId).ThenBy(c => c.SortOrder)
            .Select(c => new RuleChoice(c.Id.ToString(), c.Name)).ToListAsync();
        var contestChoices = (await contests.AllAsync()).Select(c => new RuleChoice(c.Id.ToString(), c.Title)).ToList();
        var areas = await (
            from area in db.Set<LedgerArea>().AsNoTracking()
            join ledger in db.Set<WorkLedger>() on area.LedgerId equals ledger.Id
            orderby ledger.Id descending, area.SortOrder
            select new RuleChoice(area.Id.ToString(), ledger.Title + " · " + area.Name)).ToListAsync();
        return new RuleChoices(roles, ContentTypeDirectory.All.Select(t => new RuleChoice(t.Type, t.Name)).ToList(), columns, contestChoices, areas);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Portal.Ledger.ViewModels;

namespace Portal.Ledger.Services;

/// <summary>Reads ledgers and computes their figures from the tasks, for the public pages and the admin alike.</summary>
public sealed class LedgerQueries(PortalDbContext db, TimeProvider clock)
{
    public IQueryable<WorkLedger> Ledgers => db.Set<WorkLedger>().AsNoTracking();

    public Task<WorkLedger?> FindPublicAsync(string slug) => Ledgers.FirstOrDefaultAsync(l => l.Slug == slug && l.IsPublic);

    public async Task<IReadOnlyList<LedgerSnapshot>> SnapshotsAsync(bool publicOnly)
    {
        var ledgers = await Ledgers.Where(l => !publicOnly || l.IsPublic).OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).ToListAsync();
        var snapshots = new List<LedgerSnapshot>();
        foreach (var ledger in ledgers)
        {
            snapshots.Add(await SnapshotAsync(ledger));
        }

        return snapshots;
    }

    public async Task<LedgerSnapshot> SnapshotAsync(WorkLedger ledger)
    {
        var today = BeijingDay.Today(clock);
        var areas = await db.Set<LedgerArea>().AsNoTracking().Where(a => a.LedgerId == ledger.Id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync();
        var tasks = await db.Set<LedgerTask>().AsNoTracking().Include(t => t.SubTasks).Where(t => t.LedgerId == ledger.Id)
            .ToListAsync();
        var names = await PeopleAsync(tasks.Select(t => t.OwnerId).Concat(tasks.Select(t => t.LeaderId)));
        var order = areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var rows = tasks
            .OrderBy(t => order.GetValueOrDefault(t.AreaId)).ThenBy(t => t.Number)
            .Select(t => ToRow(t, names, today))
            .ToList();
        var figures = FigureRules.ForLedger(areas.Select(a => (a.Id, a.Name)), rows.Select(r => (r.AreaId, r.Effective)).ToList());
        return new LedgerSnapshot(ledger, areas, rows, figures, today);
    }

    public async Task<IReadOnlyList<(WorkLedger Ledger, TaskRow Task)>> OwnedByAsync(string userId)
    {
        var today = BeijingDay.Today(clock);
        var tasks = await db.Set<LedgerTask>().AsNoTracking().Include(t => t.SubTasks).Where(t => t.OwnerId == userId).ToListAsync();
        var ledgerIds = tasks.Select(t => t.LedgerId).Distinct().ToList();
        var ledgers = await Ledgers.Where(l => ledgerIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id);
        var names = await PeopleAsync(tasks.Select(t => t.OwnerId).Concat(tasks.Select(t => t.LeaderId)));
        return tasks.Select(t => (ledgers[t.LedgerId], ToRow(t, names, today)))
            .OrderBy(x => x.Item2.Urgency == Urgency.None).ThenBy(x => x.Item2.Effective == LedgerStatus.Done).ThenBy(x => x.Item2.Deadline)
            .ToList();
    }

    public TaskRow ToRow(LedgerTask task, IReadOnlyDictionary<string, Person> people, DateOnly today)
    {
        var effective = StatusRules.Effective(task.Status, task.Deadline, today);
        var urgency = DueRules.Of(effective, task.Deadline, today);
        return new TaskRow(task.Id, task.Number, task.AreaId, task.Title, task.OwnerId,
            people.GetValueOrDefault(task.OwnerId)?.DisplayName ?? "",
            task.LeaderId is { } leader ? people.GetValueOrDefault(leader)?.DisplayName : null,
            task.OwnerUnits, task.StartDate, task.Deadline, task.Status, effective, urgency,
            DueRules.Describe(urgency, task.Deadline, today),
            ProgressRules.Effective(task.Progress, task.SubTasks.Select(s => s.Progress).ToList()),
            task.SubTasks.Count, task.CompletedOn);
    }

    public DateOnly Today => BeijingDay.Today(clock);

    /// <summary>The people named by these ids, by id.</summary>
    public async Task<IReadOnlyDictionary<string, Person>> PeopleAsync(IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new Person(u.Id, u.UserName ?? "", u.DisplayName))
            .ToDictionaryAsync(p => p.Id);
    }

    /// <summary>Everyone who may be named owner or leader: the enabled accounts.</summary>
    public async Task<IReadOnlyList<Person>> CandidatesAsync() =>
        await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.UserName)
            .Select(u => new Person(u.Id, u.UserName ?? "", u.DisplayName)).ToListAsync();
}

using Portal.Ledger.Models;

namespace Portal.Ledger.Rules;

/// <summary>How many tasks there are in each state; computed from the tasks each time, never typed in.</summary>
public sealed record TaskFigures(int Total, int Done, int InProgress, int Overdue, int NotStarted, int Paused)
{
    /// <summary>Done as a percentage of all, to one decimal: 42 of 52 is 80.8.</summary>
    public decimal CompletionRate => Total == 0 ? 0 : Math.Round(Done * 100m / Total, 1, MidpointRounding.AwayFromZero);

    /// <summary>An area (or ledger) is complete when it has tasks and all of them are done.</summary>
    public bool IsComplete => Total > 0 && Done == Total;
}

public sealed record AreaFigures(int AreaId, string Name, TaskFigures Tasks);

public sealed record LedgerFigures(TaskFigures Tasks, IReadOnlyList<AreaFigures> Areas)
{
    public int AreasComplete => Areas.Count(a => a.Tasks.IsComplete);
}

public static class FigureRules
{
    /// <param name="effective">Each task's status on the day, as <see cref="StatusRules.Effective"/> gives it.</param>
    public static TaskFigures Count(IEnumerable<LedgerStatus> effective)
    {
        var list = effective.ToList();
        return new TaskFigures(
            list.Count,
            list.Count(s => s == LedgerStatus.Done),
            list.Count(s => s == LedgerStatus.InProgress),
            list.Count(s => s == LedgerStatus.Overdue),
            list.Count(s => s == LedgerStatus.NotStarted),
            list.Count(s => s == LedgerStatus.Paused));
    }

    /// <param name="areas">The ledger's areas in order.</param>
    /// <param name="tasks">Each task's area and status on the day.</param>
    public static LedgerFigures ForLedger(IEnumerable<(int Id, string Name)> areas, IReadOnlyCollection<(int AreaId, LedgerStatus Status)> tasks) =>
        new(Count(tasks.Select(t => t.Status)),
            areas.Select(a => new AreaFigures(a.Id, a.Name, Count(tasks.Where(t => t.AreaId == a.Id).Select(t => t.Status)))).ToList());
}

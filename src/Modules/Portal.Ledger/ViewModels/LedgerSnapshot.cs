using Portal.Ledger.Models;
using Portal.Ledger.Rules;

namespace Portal.Ledger.ViewModels;

/// <summary>A ledger with its areas, its tasks and the figures computed from them on one day.</summary>
public sealed record LedgerSnapshot(WorkLedger Ledger, IReadOnlyList<LedgerArea> Areas, IReadOnlyList<TaskRow> Tasks, LedgerFigures Figures, DateOnly Today)
{
    public LedgerArea? Area(int id) => Areas.FirstOrDefault(a => a.Id == id);

    public string AreaName(int id) => Area(id)?.Name ?? "";

    public AreaFigures FiguresOf(int areaId) => Figures.Areas.First(a => a.AreaId == areaId);

    /// <summary>Open tasks that are overdue or due soon, most urgent first.</summary>
    public IReadOnlyList<TaskRow> NeedingAttention =>
        Tasks.Where(t => t.Urgency != Urgency.None).OrderBy(t => t.Deadline).ThenBy(t => t.Number).ToList();
}

using Portal.Ledger.Models;

namespace Portal.Ledger.ViewModels;

public sealed record AreaPage(LedgerSnapshot Snapshot, LedgerArea Area)
{
    public IReadOnlyList<TaskRow> Tasks => Snapshot.Tasks.Where(t => t.AreaId == Area.Id).ToList();
}

public sealed record TaskPage(
    LedgerSnapshot Snapshot,
    TaskRow Task,
    string? Description,
    IReadOnlyList<LedgerSubTask> SubTasks,
    IReadOnlyList<NewsLink> News,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public LedgerArea Area => Snapshot.Area(Task.AreaId)!;
}

public sealed record MyTasksPage(IReadOnlyList<(WorkLedger Ledger, TaskRow Task)> Tasks);

public sealed record LedgerAdminFilter(int? AreaId, LedgerStatus? Status, string? Q);

public sealed record LedgerAdminPage(LedgerSnapshot Snapshot, LedgerAdminFilter Filter)
{
    public IReadOnlyList<TaskRow> Tasks => Snapshot.Tasks
        .Where(t => Filter.AreaId is null || t.AreaId == Filter.AreaId)
        .Where(t => Filter.Status is null || t.Effective == Filter.Status)
        .Where(t => string.IsNullOrWhiteSpace(Filter.Q) || t.Title.Contains(Filter.Q.Trim()) || t.OwnerName.Contains(Filter.Q.Trim())
            || t.OwnerUnits.Contains(Filter.Q.Trim()))
        .ToList();
}

public sealed record ImportPage(WorkLedger Ledger, ImportReport? Report, string? FileName);

/// <summary>The task as its owner or a manager works on it in the admin.</summary>
public sealed record TaskWorkspace(
    LedgerSnapshot Snapshot,
    LedgerTask Task,
    TaskRow Row,
    ProgressReportModel Report,
    IReadOnlyList<NewsLink> News,
    IReadOnlyList<TimelineEntry> Timeline,
    bool CanManage,
    bool Conflict)
{
    public LedgerArea Area => Snapshot.Area(Task.AreaId)!;
}

public sealed record TaskEditPage(WorkLedger Ledger, IReadOnlyList<LedgerArea> Areas, IReadOnlyList<Person> People, TaskEditModel Form, bool Conflict);

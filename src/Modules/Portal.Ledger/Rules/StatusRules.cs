using Portal.Ledger.Models;

namespace Portal.Ledger.Rules;

/// <summary>
/// What a task's status is on a given day, and how status, progress and completion date settle together
/// when a task is saved.
/// </summary>
public static class StatusRules
{
    /// <summary>The statuses a person may set; 已逾期 follows from the deadline.</summary>
    public static readonly IReadOnlyList<LedgerStatus> Choosable =
        [LedgerStatus.NotStarted, LedgerStatus.InProgress, LedgerStatus.Done, LedgerStatus.Paused];

    /// <summary>A task that is neither done nor paused is overdue from the day after its deadline.</summary>
    public static LedgerStatus Effective(LedgerStatus stored, DateOnly deadline, DateOnly today) =>
        stored is LedgerStatus.Done or LedgerStatus.Paused ? stored
        : deadline < today ? LedgerStatus.Overdue
        : stored;

    /// <summary>
    /// A done task is at 100 % and has a completion date (today unless one is given); any other task has none;
    /// a task not started that has made progress is in progress.
    /// </summary>
    public static (LedgerStatus Status, int Progress, DateOnly? CompletedOn) Settle(LedgerStatus status, int progress, DateOnly? completedOn, DateOnly today) =>
        status switch
        {
            LedgerStatus.Done => (status, 100, completedOn ?? today),
            LedgerStatus.NotStarted when progress > 0 => (LedgerStatus.InProgress, progress, null),
            _ => (status, progress, null),
        };

    public static string ToChinese(this LedgerStatus status) => status switch
    {
        LedgerStatus.NotStarted => "未开始",
        LedgerStatus.InProgress => "进行中",
        LedgerStatus.Done => "已完成",
        LedgerStatus.Overdue => "已逾期",
        LedgerStatus.Paused => "暂缓",
        _ => status.ToString(),
    };

    public static string CssClass(this LedgerStatus status) => status switch
    {
        LedgerStatus.NotStarted => "ledger-status-not-started",
        LedgerStatus.InProgress => "ledger-status-in-progress",
        LedgerStatus.Done => "ledger-status-done",
        LedgerStatus.Overdue => "ledger-status-overdue",
        _ => "ledger-status-paused",
    };

    /// <summary>The status written in Chinese (spreadsheets, recipes), or null when it is none of them.</summary>
    public static LedgerStatus? FromChinese(string? text) =>
        Enum.GetValues<LedgerStatus>().Cast<LedgerStatus?>().FirstOrDefault(s => s!.Value.ToChinese() == text?.Trim());
}

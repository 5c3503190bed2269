namespace Portal.Ledger.Models;

/// <summary>
/// A task's status. <see cref="Overdue"/> is never stored: it is what a task that is neither done nor paused
/// becomes once its deadline has passed (see <c>StatusRules</c>).
/// </summary>
public enum LedgerStatus
{
    NotStarted,
    InProgress,
    Done,
    Overdue,
    Paused,
}

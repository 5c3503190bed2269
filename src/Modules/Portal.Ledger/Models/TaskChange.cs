namespace Portal.Ledger.Models;

/// <summary>One entry of a task's trail (留痕): which field changed, from what to what, by whom and when.</summary>
public sealed class TaskChange
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public TaskField Field { get; set; }

    public string OldValue { get; set; } = "";

    public string NewValue { get; set; } = "";
}

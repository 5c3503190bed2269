namespace Portal.Ledger.Models;

/// <summary>A step of a task; a task with steps takes its progress from them.</summary>
public sealed class LedgerSubTask
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public string Title { get; set; } = "";

    public int Progress { get; set; }

    public int SortOrder { get; set; }
}

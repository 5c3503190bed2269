namespace Portal.Ledger.Models;

/// <summary>A news article (by its content item) that reports on a task.</summary>
public sealed class TaskNewsLink
{
    public int TaskId { get; set; }

    public long ContentItemId { get; set; }
}

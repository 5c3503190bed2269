namespace Portal.Workflows.Models;

/// <summary>A golden idea (金点子) taken into the work ledger as a task; an entry is adopted at most once.</summary>
public sealed class AdoptedIdea
{
    public long EntryId { get; set; }

    public int TaskId { get; set; }

    public int RuleId { get; set; }

    public DateTime AdoptedAt { get; set; }
}

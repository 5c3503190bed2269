namespace Portal.Workflows.Models;

/// <summary>What starts a rule. Stored by name, so the numbers may change.</summary>
public enum RuleTrigger
{
    ContentSubmitted,
    ContentPublished,
    ContentUnpublished,
    ContentDeleted,
    EntrySubmitted,
    ResultsPublished,
    ContestClosing,
    TaskDueSoon,
    TaskOverdue,
    Schedule,
}

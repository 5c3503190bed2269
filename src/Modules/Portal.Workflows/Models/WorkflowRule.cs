namespace Portal.Workflows.Models;

/// <summary>
/// A rule (规则) an administrator keeps in the admin: when <see cref="Trigger"/> happens to something that meets the
/// conditions, do the actions. Conditions left empty match everything; at least one action is set.
/// </summary>
public sealed class WorkflowRule
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public bool Enabled { get; set; }

    public RuleTrigger Trigger { get; set; }

    /// <summary>For <see cref="RuleTrigger.ContestClosing"/> and <see cref="RuleTrigger.TaskDueSoon"/>: how many days before.</summary>
    public int? DaysBefore { get; set; }

    /// <summary>For <see cref="RuleTrigger.Schedule"/>: a Quartz cron expression in Beijing time.</summary>
    public string? Schedule { get; set; }

    public string? ContentType { get; set; }

    public int? ColumnId { get; set; }

    public long? ContestId { get; set; }

    public int? LedgerAreaId { get; set; }

    /// <summary>Role names, comma-separated.</summary>
    public string NotifyRoles { get; set; } = "";

    /// <summary>User names, comma-separated.</summary>
    public string NotifyUsers { get; set; } = "";

    /// <summary>Also notify the people of the subject: the author, the entry's author, the task's owner and leader.</summary>
    public bool NotifySubjectPeople { get; set; }

    public bool NotifyByMail { get; set; }

    /// <summary>The notification's text with placeholders such as {标题}; empty for the trigger's default text.</summary>
    public string? Message { get; set; }

    public PublicationChange Publication { get; set; }

    public bool AdoptGoldenIdea { get; set; }

    public int? AdoptAreaId { get; set; }

    public string? AdoptOwnerId { get; set; }

    /// <summary>The owner units (责任单位) of an adopted task.</summary>
    public string? AdoptOwnerUnits { get; set; }

    public int? AdoptDeadlineDays { get; set; }

    public bool WriteAuditLog { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ModifiedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

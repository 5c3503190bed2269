using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.ViewModels;

/// <summary>The rule form as posted: people are named by user name, roles by their names.</summary>
public sealed class RuleForm
{
    public int Id { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public string? Name { get; set; }

    public bool Enabled { get; set; } = true;

    public RuleTrigger Trigger { get; set; }

    public int? DaysBefore { get; set; }

    public string? Schedule { get; set; }

    public string? ContentType { get; set; }

    public int? ColumnId { get; set; }

    public long? ContestId { get; set; }

    public int? LedgerAreaId { get; set; }

    public List<string> NotifyRoles { get; set; } = [];

    public string? NotifyUsers { get; set; }

    public bool NotifySubjectPeople { get; set; }

    public bool NotifyByMail { get; set; }

    public string? Message { get; set; }

    public PublicationChange Publication { get; set; }

    public bool AdoptGoldenIdea { get; set; }

    public int? AdoptAreaId { get; set; }

    public string? AdoptOwner { get; set; }

    public string? AdoptOwnerUnits { get; set; }

    public int? AdoptDeadlineDays { get; set; } = 90;

    public bool WriteAuditLog { get; set; }

    public static RuleForm From(WorkflowRule rule, string? adoptOwnerUserName) => new()
    {
        Id = rule.Id,
        ConcurrencyStamp = rule.ConcurrencyStamp,
        Name = rule.Name,
        Enabled = rule.Enabled,
        Trigger = rule.Trigger,
        DaysBefore = rule.DaysBefore,
        Schedule = rule.Schedule,
        ContentType = rule.ContentType,
        ColumnId = rule.ColumnId,
        ContestId = rule.ContestId,
        LedgerAreaId = rule.LedgerAreaId,
        NotifyRoles = [.. RuleLists.Split(rule.NotifyRoles)],
        NotifyUsers = string.Join("、", RuleLists.Split(rule.NotifyUsers)),
        NotifySubjectPeople = rule.NotifySubjectPeople,
        NotifyByMail = rule.NotifyByMail,
        Message = rule.Message,
        Publication = rule.Publication,
        AdoptGoldenIdea = rule.AdoptGoldenIdea,
        AdoptAreaId = rule.AdoptAreaId,
        AdoptOwner = adoptOwnerUserName,
        AdoptOwnerUnits = rule.AdoptOwnerUnits,
        AdoptDeadlineDays = rule.AdoptDeadlineDays ?? 90,
        WriteAuditLog = rule.WriteAuditLog,
    };
}

using System.ComponentModel.DataAnnotations;
using Portal.Ledger.Models;
using Portal.Ledger.Services;

namespace Portal.Ledger.ViewModels;

/// <summary>The ledger form; shown again as typed on any refusal.</summary>
public sealed class LedgerEditModel
{
    public int? Id { get; set; }

    [Display(Name = "台账名称")]
    public string? Title { get; set; }

    [Display(Name = "网址标识")]
    public string? Slug { get; set; }

    [Display(Name = "说明")]
    [StringLength(2000, ErrorMessage = "说明不能超过 {1} 个字。")]
    public string? Description { get; set; }

    [Display(Name = "在公众页面公开")]
    public bool IsPublic { get; set; }
}

/// <summary>Every field of a task, as a ledger manager edits it.</summary>
public sealed class TaskEditModel
{
    public int? Id { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "方面")]
    public int AreaId { get; set; }

    [Display(Name = "序号")]
    public int Number { get; set; }

    [Display(Name = "工作任务")]
    public string? Title { get; set; }

    [Display(Name = "工作内容")]
    public string? Description { get; set; }

    [Display(Name = "责任领导")]
    public string? LeaderId { get; set; }

    [Display(Name = "责任单位")]
    public string? OwnerUnits { get; set; }

    [Display(Name = "责任人")]
    public string? OwnerId { get; set; }

    [Display(Name = "开始日期")]
    [Required(ErrorMessage = "请填写开始日期。")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "完成时限")]
    [Required(ErrorMessage = "请填写完成时限。")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "状态")]
    public LedgerStatus Status { get; set; }

    [Display(Name = "进度（%）")]
    public int Progress { get; set; }

    [Display(Name = "完成日期")]
    public DateOnly? CompletedOn { get; set; }

    public TaskInput ToInput() => new(AreaId, Number, Title ?? "", Description, LeaderId, OwnerUnits ?? "", OwnerId ?? "",
        StartDate!.Value, Deadline!.Value, Status, Progress, CompletedOn);

    public static TaskEditModel From(LedgerTask task) => new()
    {
        Id = task.Id,
        ConcurrencyStamp = task.ConcurrencyStamp,
        AreaId = task.AreaId,
        Number = task.Number,
        Title = task.Title,
        Description = task.Description,
        LeaderId = task.LeaderId,
        OwnerUnits = task.OwnerUnits,
        OwnerId = task.OwnerId,
        StartDate = task.StartDate,
        Deadline = task.Deadline,
        Status = task.Status,
        Progress = task.Progress,
        CompletedOn = task.CompletedOn,
    };
}

/// <summary>An owner's progress report: the task's new state and a note, public or internal.</summary>
public sealed class ProgressReportModel
{
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "状态")]
    public LedgerStatus Status { get; set; }

    [Display(Name = "进度（%）")]
    public int Progress { get; set; }

    [Display(Name = "完成日期")]
    public DateOnly? CompletedOn { get; set; }

    [Display(Name = "进展情况")]
    public string? Note { get; set; }

    /// <summary>Internal unless the owner chooses otherwise: a note is public only on purpose.</summary>
    [Display(Name = "公开范围")]
    public bool IsPublic { get; set; }

    public OwnerReport ToReport() => new(Status, Progress, CompletedOn, Note, IsPublic);

    public static ProgressReportModel From(LedgerTask task) => new()
    {
        ConcurrencyStamp = task.ConcurrencyStamp,
        Status = task.Status,
        Progress = task.Progress,
        CompletedOn = task.CompletedOn,
    };
}

namespace Portal.Ledger.Models;

/// <summary>A task (工作任务) of a ledger area, with its owners, dates, status and progress.</summary>
public sealed class LedgerTask
{
    public int Id { get; set; }

    public int LedgerId { get; set; }

    public int AreaId { get; set; }

    /// <summary>The task's number in its ledger (序号), unique there; the public address uses it.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The responsible leader (责任领导), a portal user so that reminders reach them.</summary>
    public string? LeaderId { get; set; }

    /// <summary>The owner units (责任单位: 委室、科室) as written, e.g. 办公室、研究室.</summary>
    public string OwnerUnits { get; set; } = "";

    /// <summary>The owner person (责任人), who may update the task.</summary>
    public string OwnerId { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly Deadline { get; set; }

    /// <summary>The stored status; never <see cref="LedgerStatus.Overdue"/>.</summary>
    public LedgerStatus Status { get; set; }

    /// <summary>Progress in percent as typed; a task with sub-tasks takes theirs instead (see <c>ProgressRules</c>).</summary>
    public int Progress { get; set; }

    public DateOnly? CompletedOn { get; set; }

    /// <summary>Changes on every save; an update that carries an older stamp is refused.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public DateTime ModifiedAt { get; set; }

    public List<LedgerSubTask> SubTasks { get; set; } = [];

    public List<ProgressUpdate> Updates { get; set; } = [];

    public List<TaskChange> Changes { get; set; } = [];
}

namespace Portal.Ledger.Services;

/// <summary>The ledger spreadsheet: one sheet of tasks, one of sub-tasks; the same columns out and in.</summary>
public static class WorkbookFormat
{
    public const string TasksSheet = "工作任务";
    public const string SubTasksSheet = "子任务";
    public const string DateFormat = "yyyy-MM-dd";

    public const string Number = "序号";
    public const string Area = "方面";
    public const string Title = "工作任务";
    public const string Description = "工作内容";
    public const string Leader = "责任领导账号";
    public const string OwnerUnits = "责任单位";
    public const string Owner = "责任人账号";
    public const string StartDate = "开始日期";
    public const string Deadline = "完成时限";
    public const string Status = "状态";
    public const string Progress = "进度";
    public const string CompletedOn = "完成日期";

    public const string TaskNumber = "任务序号";
    public const string SubTaskTitle = "子任务";

    public static readonly IReadOnlyList<string> TaskColumns =
        [Number, Area, Title, Description, Leader, OwnerUnits, Owner, StartDate, Deadline, Status, Progress, CompletedOn];

    public static readonly IReadOnlyList<string> SubTaskColumns = [TaskNumber, SubTaskTitle, Progress];

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

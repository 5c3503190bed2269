using Portal.Ledger.Models;

namespace Portal.Ledger.Services;

public enum EditOutcomeKind
{
    Ok,
    Invalid,
    Conflict,
    NotFound,
}

/// <summary>What became of a change to a task; on a conflict, the task as it now is.</summary>
public sealed record EditOutcome(EditOutcomeKind Kind, LedgerTask? Task, IReadOnlyList<(string Field, string Message)> Errors)
{
    public const string ConflictMessage = "保存失败：此任务在您编辑期间已被他人修改。您填写的内容仍保留在下方，请对照最新情况后再提交。";

    public bool Succeeded => Kind == EditOutcomeKind.Ok;

    public static EditOutcome Ok(LedgerTask task) => new(EditOutcomeKind.Ok, task, []);

    public static EditOutcome Invalid(IReadOnlyList<(string Field, string Message)> errors) => new(EditOutcomeKind.Invalid, null, errors);

    public static EditOutcome Invalid(string field, string message) => Invalid([(field, message)]);

    public static EditOutcome Conflict(LedgerTask current) => new(EditOutcomeKind.Conflict, current, [("", ConflictMessage)]);

    public static EditOutcome NotFound() => new(EditOutcomeKind.NotFound, null, [("", "工作任务不存在或已被删除。")]);
}

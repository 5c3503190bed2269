using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

public enum RuleSaveResult
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
}

public sealed record RuleSaveOutcome(RuleSaveResult Result, WorkflowRule? Rule, IReadOnlyList<(string Field, string Message)> Errors)
{
    public static RuleSaveOutcome Saved(WorkflowRule rule) => new(RuleSaveResult.Saved, rule, []);

    public static RuleSaveOutcome Invalid(IReadOnlyList<(string Field, string Message)> errors) => new(RuleSaveResult.Invalid, null, errors);

    public static readonly RuleSaveOutcome Conflict = new(RuleSaveResult.Conflict, null,
        [("", "保存失败：此规则在您编辑期间已被他人修改。表单中保留了您填写的内容，请对照最新规则后再保存。")]);

    public static readonly RuleSaveOutcome NotFound = new(RuleSaveResult.NotFound, null, []);
}

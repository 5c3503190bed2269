using Portal.Ledger.Models;

namespace Portal.Ledger.Rules;

/// <summary>The values of a task as someone means to save them.</summary>
public sealed record TaskValues(string Title, DateOnly StartDate, DateOnly Deadline, LedgerStatus Status, int Progress, DateOnly? CompletedOn, bool HasOpenSubTasks);

/// <summary>What a task must satisfy before it is saved, from a form, a spreadsheet row or a recipe.</summary>
public static class TaskRules
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int OwnerUnitsMaxLength = 100;

    public static IEnumerable<(string Field, string Message)> Validate(TaskValues task)
    {
        if (string.IsNullOrWhiteSpace(task.Title))
        {
            yield return ("Title", "请填写工作任务名称。");
        }
        else if (task.Title.Trim().Length > TitleMaxLength)
        {
            yield return ("Title", $"工作任务名称不能超过 {TitleMaxLength} 个字。");
        }

        if (task.Deadline < task.StartDate)
        {
            yield return ("Deadline", $"完成时限（{task.Deadline:yyyy-MM-dd}）不能早于开始日期（{task.StartDate:yyyy-MM-dd}）。");
        }

        if (task.Status == LedgerStatus.Overdue)
        {
            yield return ("Status", "“已逾期”由完成时限自动判断，不能直接选择；请选择未开始、进行中、已完成或暂缓。");
        }

        if (ProgressRules.Validate(task.Progress) is { } progressError)
        {
            yield return ("Progress", progressError);
        }

        if (task.Status == LedgerStatus.Done && task.HasOpenSubTasks)
        {
            yield return ("Status", "还有未完成的子任务，不能标记为已完成。请先更新子任务进度。");
        }

        if (task.Status == LedgerStatus.Done && task.CompletedOn < task.StartDate)
        {
            yield return ("CompletedOn", $"完成日期（{task.CompletedOn:yyyy-MM-dd}）不能早于开始日期（{task.StartDate:yyyy-MM-dd}）。");
        }
    }
}

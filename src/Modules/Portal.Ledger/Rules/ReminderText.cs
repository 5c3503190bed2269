using Portal.Ledger.Models;

namespace Portal.Ledger.Rules;

/// <summary>The reminder mail, in Chinese, for one task and one person.</summary>
public static class ReminderText
{
    public static (string Subject, string Body) Compose(LedgerTask task, string ledgerTitle, string areaName, string recipientName, string role,
        Urgency urgency, DateOnly today)
    {
        var when = DueRules.Describe(urgency, task.Deadline, today);
        var subject = $"工作台账提醒：第 {task.Number} 项“{task.Title}”{when}";
        var body = $"""
            {recipientName}，您好：

            您作为{role}的工作任务{when}，请及时推进并更新进展。

            台账：{ledgerTitle}
            方面：{areaName}
            任务：第 {task.Number} 项 {task.Title}
            责任单位：{task.OwnerUnits}
            完成时限：{task.Deadline:yyyy-MM-dd}（{when}）
            当前状态：{StatusRules.Effective(task.Status, task.Deadline, today).ToChinese()}，进度 {task.Progress}%

            请登录门户网站，在管理后台“我负责的任务”（/admin/ledger/tasks/mine）中更新进展。

            此邮件由系统每天自动发送，同一任务每天只提醒一次，请勿直接回复。
            """;
        return (subject, body);
    }
}

using Portal.Ledger.Models;

namespace Portal.Ledger.Rules;

/// <summary>How the trail names fields and writes values, so that old entries read the same after later renames.</summary>
public static class TrailText
{
    public static string FieldName(this TaskField field) => field switch
    {
        TaskField.Status => "状态",
        TaskField.Progress => "进度",
        TaskField.Owner => "责任人",
        TaskField.Leader => "责任领导",
        TaskField.OwnerUnits => "责任单位",
        TaskField.StartDate => "开始日期",
        TaskField.Deadline => "完成时限",
        TaskField.CompletedOn => "完成日期",
        _ => field.ToString(),
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "（无）";

    public static string Percent(int progress) => $"{progress}%";

    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "（无）" : value.Trim();

    public static string Describe(TaskChange change) => $"{change.Field.FieldName()}：{change.OldValue} → {change.NewValue}";
}

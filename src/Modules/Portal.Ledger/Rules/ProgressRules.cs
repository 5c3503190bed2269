namespace Portal.Ledger.Rules;

/// <summary>A task's progress: typed in percent, or rolled up from its sub-tasks when it has any.</summary>
public static class ProgressRules
{
    public const int Max = 100;

    /// <summary>The plain average of the sub-tasks' progress, rounded half away from zero.</summary>
    public static int RollUp(IReadOnlyCollection<int> subTasks) =>
        subTasks.Count == 0 ? 0 : (int)Math.Round(subTasks.Average(), MidpointRounding.AwayFromZero);

    public static int Effective(int typed, IReadOnlyCollection<int> subTasks) =>
        subTasks.Count > 0 ? RollUp(subTasks) : typed;

    public static string? Validate(int progress) =>
        progress is < 0 or > Max ? $"进度须在 0 到 100 之间，填写的是 {progress}。" : null;
}

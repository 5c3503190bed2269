using System.Globalization;
using Portal.Core.Queues;

namespace Portal.Workflows.Rules;

/// <summary>A retry schedule as the admin pages tell it, read from the schedule itself so that the text cannot drift from it.</summary>
public static class RetryText
{
    /// <summary>The pause before each retry in turn, e.g. “1 分钟、5 分钟、15 分钟、1 小时”.</summary>
    public static string Pauses(RetrySchedule schedule) =>
        string.Join("、", Enumerable.Range(1, schedule.MaxAttempts - 1)
            .Select(attempts => Duration(schedule.NextAttempt(attempts, DateTime.MinValue) - DateTime.MinValue)));

    private static string Duration(TimeSpan pause) => pause switch
    {
        { TotalHours: >= 1, Minutes: 0, Seconds: 0 } => $"{pause.TotalHours.ToString("0", CultureInfo.InvariantCulture)} 小时",
        { TotalMinutes: >= 1, Seconds: 0 } => $"{pause.TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} 分钟",
        _ => $"{pause.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} 秒",
    };
}

using System.Globalization;
using Portal.Core.Hosting;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;
using Quartz;

namespace Portal.Workflows.Rules;

/// <summary>
/// When a rule's trigger has happened, named as an occasion: a rule runs once per occasion. The names carry the
/// facts that make the occasion, so that a moved deadline or a republished item is a new occasion.
/// </summary>
public static class RuleOccasions
{
    /// <summary>How far back a scheduled rule catches up a time it missed (the portal was down).</summary>
    public static readonly TimeSpan ScheduleCatchUp = TimeSpan.FromDays(1);

    public static string ContentChanged(string change, long itemId, DateTime modifiedAtUtc) => $"content:{itemId}:{change}:{Stamp(modifiedAtUtc)}";

    public static string EntrySubmitted(long entryId, DateTime submittedAtUtc) => $"entry:{entryId}:submitted:{Stamp(submittedAtUtc)}";

    public static string ResultsPublished(long contestId, DateTime publishedAtUtc) => $"contest:{contestId}:results:{Stamp(publishedAtUtc)}";

    /// <summary>From <paramref name="daysBefore"/> days before the contest closes until it closes.</summary>
    public static string? ContestClosing(long contestId, DateTime closesAtUtc, int daysBefore, DateTime nowUtc) =>
        nowUtc < closesAtUtc && nowUtc >= closesAtUtc.AddDays(-daysBefore) ? $"contest:{contestId}:closing:{Stamp(closesAtUtc)}" : null;

    /// <summary>An open task whose deadline is today or within <paramref name="daysBefore"/> days.</summary>
    public static string? TaskDueSoon(int taskId, LedgerStatus status, DateOnly deadline, int daysBefore, DateOnly today) =>
        IsOpen(status) && DueRules.DaysLeft(deadline, today) is var left && left >= 0 && left <= daysBefore
            ? $"task:{taskId}:due:{deadline:yyyyMMdd}"
            : null;

    /// <summary>An open task past its deadline; once per deadline, so a task given a new deadline can be overdue again.</summary>
    public static string? TaskOverdue(int taskId, LedgerStatus status, DateOnly deadline, DateOnly today) =>
        IsOpen(status) && DueRules.DaysLeft(deadline, today) < 0 ? $"task:{taskId}:overdue:{deadline:yyyyMMdd}" : null;

    /// <summary>The latest time of the schedule after <paramref name="sinceUtc"/> (at most a day back) that has come, if any.</summary>
    public static DateTime? ScheduleDue(string cron, DateTime sinceUtc, DateTime nowUtc)
    {
        var expression = ParseSchedule(cron) ?? throw new FormatException($"Not a schedule: {cron}");
        var from = new DateTimeOffset(sinceUtc > nowUtc - ScheduleCatchUp ? sinceUtc : nowUtc - ScheduleCatchUp, TimeSpan.Zero);
        DateTimeOffset? latest = null;
        for (var next = expression.GetNextValidTimeAfter(from); next is { } time && time.UtcDateTime <= nowUtc; next = expression.GetNextValidTimeAfter(time))
        {
            latest = time;
        }

        return latest?.UtcDateTime;
    }

    /// <summary>A Quartz cron expression (seconds first) read in Beijing time, or null when the text is not one.</summary>
    public static CronExpression? ParseSchedule(string? cron) =>
        CronExpression.TryParse(cron?.Trim(), out var expression) ? expression!.WithTimeZone(ChinaTime.Zone) : null;

    public static string Scheduled(DateTime occurrenceUtc) => $"schedule:{Stamp(occurrenceUtc)}";

    /// <summary>The id of the item, entry, contest or task an occasion is about (its second part), if it names one.</summary>
    public static long? SubjectId(string occasion) =>
        occasion.Split(':') is [_, var id, _, ..] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsOpen(LedgerStatus status) => status is not (LedgerStatus.Done or LedgerStatus.Paused);

    private static string Stamp(DateTime utc) => utc.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
}

using Portal.Core.Hosting;

namespace Portal.Ledger.Rules;

/// <summary>Reminders go out once a day at 08:00 Beijing time.</summary>
public static class ReminderSchedule
{
    public static readonly TimeOnly SendAt = new(8, 0);

    /// <summary>A portal started after today's sending time still sends today's reminders.</summary>
    public static bool IsPastSendingTime(DateTimeOffset now) =>
        TimeOnly.FromDateTime(now.UtcDateTime.ToChinaTime()) >= SendAt;

    public static TimeSpan DelayUntilNext(DateTimeOffset now)
    {
        var local = now.UtcDateTime.ToChinaTime();
        var next = local.Date.Add(SendAt.ToTimeSpan());
        if (next <= local)
        {
            next = next.AddDays(1);
        }

        return new DateTimeOffset(ChinaTime.FromChinaTime(next), TimeSpan.Zero) - now;
    }
}

using Portal.Ledger.Models;

namespace Portal.Ledger.Rules;

public enum Urgency
{
    None,

    /// <summary>Due within <see cref="DueRules.DueSoonDays"/> days: yellow.</summary>
    DueSoon,

    /// <summary>Past its deadline and not done: red.</summary>
    Overdue,
}

/// <summary>Which open tasks need attention: due within three days (yellow) or overdue (red).</summary>
public static class DueRules
{
    public const int DueSoonDays = 3;

    public static Urgency Of(LedgerStatus effective, DateOnly deadline, DateOnly today) => effective switch
    {
        LedgerStatus.Overdue => Urgency.Overdue,
        LedgerStatus.Done or LedgerStatus.Paused => Urgency.None,
        _ => DaysLeft(deadline, today) is >= 0 and <= DueSoonDays ? Urgency.DueSoon : Urgency.None,
    };

    public static int DaysLeft(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;

    public static string CssClass(this Urgency urgency) => urgency switch
    {
        Urgency.DueSoon => "ledger-due-soon",
        Urgency.Overdue => "ledger-overdue",
        _ => "",
    };

    /// <summary>A few words for the reader, e.g. 还剩 2 天到期, 已逾期 5 天.</summary>
    public static string Describe(Urgency urgency, DateOnly deadline, DateOnly today) => urgency switch
    {
        Urgency.DueSoon when DaysLeft(deadline, today) == 0 => "今天到期",
        Urgency.DueSoon => $"还剩 {DaysLeft(deadline, today)} 天到期",
        Urgency.Overdue => $"已逾期 {-DaysLeft(deadline, today)} 天",
        _ => "",
    };
}

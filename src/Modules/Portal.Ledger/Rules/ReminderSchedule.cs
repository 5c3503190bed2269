namespace Portal.Ledger.Rules;

/// <summary>Reminders go out once a day at 08:00 Beijing time (the Workflows module's scheduler fires them).</summary>
public static class ReminderSchedule
{
    public static readonly TimeOnly SendAt = new(8, 0);
}

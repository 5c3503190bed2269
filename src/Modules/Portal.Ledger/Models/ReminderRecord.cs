namespace Portal.Ledger.Models;

/// <summary>A reminder mailed to one person about one task on one (Beijing) day; never sent twice.</summary>
public sealed class ReminderRecord
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public DateOnly Day { get; set; }

    public string RecipientId { get; set; } = "";

    public DateTime SentAt { get; set; }
}

namespace Portal.Delegates.Models;

/// <summary>
/// 联系选民记录: one meeting of a delegate with voters. The public sees only approved records, and of them only
/// the date, the form, how many people came, the topic and the follow-up status; never the place or the details.
/// </summary>
public sealed class VoterContact
{
    public int Id { get; set; }

    public long ContentItemId { get; set; }

    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    public ContactForm Form { get; set; }

    public int PeopleCount { get; set; }

    /// <summary>The public one-line summary of what was raised, e.g. “反映村道硬化问题”.</summary>
    public string Topic { get; set; } = "";

    /// <summary>The issues as the delegate noted them: for the delegate and editors only.</summary>
    public string Issues { get; set; } = "";

    public string? FollowUp { get; set; }

    public FollowUpStatus FollowUpStatus { get; set; }

    /// <summary>Where it happened, when it was at one of the delegate's liaison points.</summary>
    public int? LiaisonPointId { get; set; }

    public ReviewStatus Review { get; set; }

    public string? ReviewNote { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }
}

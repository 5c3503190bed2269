using System.ComponentModel.DataAnnotations;
using Portal.Delegates.Models;

namespace Portal.Delegates.ViewModels;

/// <summary>The voter-contact form as posted by a delegate.</summary>
public sealed class ContactFormModel
{
    [Display(Name = "联系日期")]
    public DateOnly? Date { get; set; }

    [Display(Name = "地点")]
    public string? Place { get; set; }

    [Display(Name = "形式")]
    public ContactForm Form { get; set; }

    [Display(Name = "参加人数")]
    public int? PeopleCount { get; set; }

    [Display(Name = "公开摘要")]
    public string? Topic { get; set; }

    [Display(Name = "反映的问题")]
    public string? Issues { get; set; }

    [Display(Name = "后续办理情况")]
    public string? FollowUp { get; set; }

    [Display(Name = "办理状态")]
    public FollowUpStatus FollowUpStatus { get; set; }

    [Display(Name = "联系点")]
    public int? LiaisonPointId { get; set; }

    public static ContactFormModel From(VoterContact contact) => new()
    {
        Date = contact.Date,
        Place = contact.Place,
        Form = contact.Form,
        PeopleCount = contact.PeopleCount,
        Topic = contact.Topic,
        Issues = contact.Issues,
        FollowUp = contact.FollowUp,
        FollowUpStatus = contact.FollowUpStatus,
        LiaisonPointId = contact.LiaisonPointId,
    };

    public void ApplyTo(VoterContact contact)
    {
        contact.Date = Date!.Value;
        contact.Place = Place!.Trim();
        contact.Form = Form;
        contact.PeopleCount = PeopleCount!.Value;
        contact.Topic = Topic!.Trim();
        contact.Issues = Issues!.Trim();
        contact.FollowUp = string.IsNullOrWhiteSpace(FollowUp) ? null : FollowUp.Trim();
        contact.FollowUpStatus = FollowUpStatus;
        contact.LiaisonPointId = LiaisonPointId;
    }
}

public sealed record ContactEditPage(ContactFormModel Form, int? Id, VoterContact? Existing, IReadOnlyList<LiaisonPoint> Points);

public sealed record MyContactsPage(string DelegateName, string? Slug, IReadOnlyList<VoterContact> Contacts, ActivitySummary Approved);

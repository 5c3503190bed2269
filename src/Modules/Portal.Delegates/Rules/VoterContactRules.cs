using Portal.Delegates.Models;

namespace Portal.Delegates.Rules;

/// <summary>What a voter-contact record must satisfy before it is saved.</summary>
public static class VoterContactRules
{
    public const int PlaceMaxLength = 100;
    public const int TopicMaxLength = 100;
    public const int IssuesMaxLength = 2000;
    public const int FollowUpMaxLength = 1000;
    public const int MaxPeople = 100_000;

    public static IReadOnlyList<(string Field, string Message)> Validate(
        DateOnly? date, DateOnly today, string? place, int? peopleCount, string? topic, string? issues, string? followUp)
    {
        var errors = new List<(string, string)>();
        if (date is null)
        {
            errors.Add(("Date", "请填写联系日期。"));
        }
        else if (date > today)
        {
            errors.Add(("Date", $"联系日期（{date:yyyy-MM-dd}）不能晚于今天。"));
        }

        Required(errors, "Place", "地点", place, PlaceMaxLength);
        if (peopleCount is null or < 1 or > MaxPeople)
        {
            errors.Add(("PeopleCount", $"参加人数须在 1 到 {MaxPeople} 之间。"));
        }

        Required(errors, "Topic", "公开摘要", topic, TopicMaxLength);
        foreach (var kind in PrivacyRules.PersonalDataIn(topic))
        {
            errors.Add(("Topic", $"公开摘要会在网站上公开，不能包含{kind}。请删去选民的个人信息。"));
        }

        Required(errors, "Issues", "反映的问题", issues, IssuesMaxLength);
        if (followUp?.Length > FollowUpMaxLength)
        {
            errors.Add(("FollowUp", $"后续办理情况不能超过 {FollowUpMaxLength} 个字。"));
        }

        return errors;
    }

    /// <summary>A delegate may change a record until an editor approves it.</summary>
    public static bool DelegateMayEdit(ReviewStatus review) => review != ReviewStatus.Approved;

    private static void Required(List<(string, string)> errors, string field, string label, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add((field, $"请填写{label}。"));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add((field, $"{label}不能超过 {maxLength} 个字。"));
        }
    }
}

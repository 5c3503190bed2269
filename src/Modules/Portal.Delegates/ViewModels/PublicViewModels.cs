using Portal.Delegates.Models;

namespace Portal.Delegates.ViewModels;

public sealed record DirectoryFilter(DelegateLevel? Level, string? Delegation, CommitteeRole? Role, LiaisonPointType? Liaison, string? Q, int Page = 1)
{
    /// <summary>The query string of this filter on another page.</summary>
    public string QueryFor(int page)
    {
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{key}={Uri.EscapeDataString(text)}");
            }
        }

        Add("level", Level);
        Add("delegation", Delegation);
        Add("role", Role);
        Add("liaison", Liaison);
        Add("q", Q);
        Add("page", page > 1 ? page : null);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}

public sealed record DirectoryRow(string Slug, string Name, DelegateLevel? Level, string? Delegation, CommitteeRole Role, string? Unit, Guid? PhotoId);

public sealed record DirectoryPage(DirectoryFilter Filter, IReadOnlyList<DirectoryRow> Rows, int Total, int PageCount, IReadOnlyList<string> Delegations);

public sealed record LinkedPoint(string Slug, string Name, LiaisonPointType Type, DateOnly Start, DateOnly? End);

public sealed record ContactTopic(DateOnly Date, ContactForm Form, int PeopleCount, string Topic, FollowUpStatus FollowUpStatus, string? DelegateName, string? DelegateSlug);

public sealed record ProfilePage(
    long Id,
    string Slug,
    string Name,
    string BiographyHtml,
    DelegateFields Fields,
    IReadOnlyList<LinkedPoint> Points,
    ActivitySummary Activity,
    IReadOnlyList<ContactTopic> RecentContacts,
    bool IsPreview);

public sealed record LinkedDelegate(string Slug, string Name, CommitteeRole Role, DelegateLevel? Level, DateOnly Start, DateOnly? End);

public sealed record LiaisonPointPage(LiaisonPoint Point, IReadOnlyList<LinkedDelegate> Delegates, ActivitySummary Activity, IReadOnlyList<ContactTopic> RecentContacts);

public sealed record LiaisonPointListItem(string Slug, string Name, LiaisonPointType Type, string? Location, int DelegateCount);

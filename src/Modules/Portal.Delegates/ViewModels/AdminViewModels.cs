using Portal.Contents.Models;
using Portal.Delegates.Models;
using Portal.Delegates.Rules;

namespace Portal.Delegates.ViewModels;

public sealed record DelegateAdminRow(long Id, string Name, string Slug, ContentStatus Status, bool IsPublic, DelegateLevel? Level, string? Delegation, int PendingContacts);

public sealed record DelegateAdminList(string? Q, ContentStatus? Status, IReadOnlyList<DelegateAdminRow> Rows, int Page, int PageCount);

public sealed record LinkRow(int Id, string PointName, string PointSlug, LiaisonPointType Type, DateOnly Start, DateOnly? End);

public sealed record ProfileEditPage(
    ProfileFormView View,
    bool CanPublish,
    bool CanDelete,
    IReadOnlyList<LinkRow> Links,
    IReadOnlyList<LiaisonPoint> Points);

public sealed record ProfileHistoryPage(ContentItem Item, IReadOnlyList<ContentVersion> Versions);

public sealed record ContactAdminRow(int Id, string DelegateName, DateOnly Date, ContactForm Form, int PeopleCount, string Topic, ReviewStatus Review, DateTime CreatedAt);

public sealed record ContactAdminList(ReviewStatus? Status, IReadOnlyList<ContactAdminRow> Rows, int Page, int PageCount);

public sealed record ContactReviewPage(VoterContact Contact, string DelegateName, string DelegateSlug, string? PointName);

public sealed record ImportPage(ImportOutcomeView? Outcome);

public sealed record ImportOutcomeView(int Imported, IReadOnlyList<ImportProblem> Problems, string FileName);

using Portal.Study.Models;

namespace Portal.Study.Services;

/// <summary>A session as the organiser enters it; times are Beijing time.</summary>
public sealed record SessionInput(
    string? Title, string? Topic, StudyForm Form, DateTime? StartsAt, DateTime? EndsAt,
    string? Place, string? Speaker, int? BranchId, string? Description, IReadOnlyList<int> MaterialIds);

namespace Portal.Study.Models;

/// <summary>A reflection (心得体会) or an excerpt (摘录) on a session or a material.</summary>
public sealed class Reflection
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public ReflectionKind Kind { get; set; }

    public int? SessionId { get; set; }

    public int? MaterialId { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public bool IsGood { get; set; }

    public string? MarkedByName { get; set; }

    /// <summary>The news article made from it, once the organiser sends it to review.</summary>
    public long? ArticleId { get; set; }
}

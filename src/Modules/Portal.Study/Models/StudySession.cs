namespace Portal.Study.Models;

/// <summary>One study session of the plan: when, where, how, on what, for whom.</summary>
public sealed class StudySession
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Topic { get; set; } = "";

    public StudyForm Form { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public string? Place { get; set; }

    public string? Speaker { get; set; }

    /// <summary>Null: the whole organ.</summary>
    public int? BranchId { get; set; }

    public string? Description { get; set; }

    /// <summary>Signs the session's sign-in codes; a new secret makes every code shown before useless.</summary>
    public string SignInSecret { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public List<SessionMaterial> Materials { get; set; } = [];
}

namespace Portal.Delegates.Models;

/// <summary>联系点: a key project, an enterprise, a rural community or a voter group that delegates are linked to.</summary>
public sealed class LiaisonPoint
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public LiaisonPointType Type { get; set; }

    public string? Location { get; set; }

    public string DescriptionMarkdown { get; set; } = "";

    /// <summary>Rendered and sanitized once, at save.</summary>
    public string DescriptionHtml { get; set; } = "";

    public DateTime ModifiedAt { get; set; }
}

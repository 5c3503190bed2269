using Portal.Core.Files;

namespace Portal.Study.Models;

/// <summary>A document or link of the materials library (学习资料), tagged by topic.</summary>
public sealed class StudyMaterial
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Topic { get; set; } = "";

    public MaterialKind Kind { get; set; }

    public string? Summary { get; set; }

    public string? BodyMarkdown { get; set; }

    /// <summary>Rendered and sanitized once at save.</summary>
    public string? BodyHtml { get; set; }

    public string? Url { get; set; }

    public string? FileKey { get; set; }

    public string? FileName { get; set; }

    public FileKind? FileKind { get; set; }

    public DateTime CreatedAt { get; set; }
}

namespace Portal.Contents.Models;

/// <summary>One saved state of a content item. Exactly one version is the latest; at most one is published.</summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public long ContentItemId { get; set; }

    public ContentItem? ContentItem { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Rendered and sanitized once, at save; never rendered per request.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>The type's own fields as JSON, owned by the module that defines the type.</summary>
    public string Fields { get; set; } = "{}";

    public bool IsLatest { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    /// <summary>Why this version exists when it is not a plain save, e.g. “恢复自第 3 版”.</summary>
    public string? Note { get; set; }
}

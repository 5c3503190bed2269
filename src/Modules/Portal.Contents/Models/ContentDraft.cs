namespace Portal.Contents.Models;

/// <summary>What an editor submits when saving: the text and the type's fields.</summary>
public sealed record ContentDraft(string Title, string BodyMarkdown, string? Summary = null, string Fields = "{}", string? Slug = null, DateTime? PublishedAt = null);

using Portal.Study.Models;

namespace Portal.Study.Services;

public sealed record MaterialInput(string? Title, string? Topic, MaterialKind Kind, string? Summary, string? BodyMarkdown, string? Url);

using Portal.Study.Models;

namespace Portal.Study.Services;

public sealed record ReflectionInput(ReflectionKind Kind, int? SessionId, int? MaterialId, string? Title, string? Body);

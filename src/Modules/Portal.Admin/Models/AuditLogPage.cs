using Portal.Core.Auditing;

namespace Portal.Admin.Models;

public sealed record AuditLogPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageCount, string? User, string? EntityType);

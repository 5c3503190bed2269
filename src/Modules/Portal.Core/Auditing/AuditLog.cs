using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Core.Auditing;

internal sealed class AuditLog(PortalDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string entityType, string entityId, string summary)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = currentUser.Id,
            UserName = currentUser.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary.Clip(500),
        });
    }
}

namespace Portal.Core.Auditing;

public interface IAuditLog
{
    /// <summary>Adds an entry to the current unit of work; it is stored by the caller's next SaveChanges.</summary>
    void Record(string action, string entityType, string entityId, string summary);
}

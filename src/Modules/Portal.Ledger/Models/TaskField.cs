namespace Portal.Ledger.Models;

/// <summary>The fields of a task whose every change is kept in its trail.</summary>
public enum TaskField
{
    Status,
    Progress,
    Owner,
    Leader,
    OwnerUnits,
    StartDate,
    Deadline,
    CompletedOn,
}

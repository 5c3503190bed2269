namespace Portal.Study.Models;

public enum LeaveStatus
{
    Pending,
    Approved,
    Refused,
    Closed,
}

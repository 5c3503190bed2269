namespace Portal.Delegates.Models;

/// <summary>A voter-contact record is public only once an editor has approved it.</summary>
public enum ReviewStatus
{
    Pending = 0,
    Approved = 1,
    Returned = 2,
}

namespace Portal.Study.Models;

/// <summary>A staff member (机关干部) of a branch: the people an attendance sheet expects.</summary>
public sealed class StudyMember
{
    public string UserId { get; set; } = "";

    public int BranchId { get; set; }
}

namespace Portal.Study.Models;

/// <summary>A branch (支部) of the committee organ; its head (支部负责人) decides its members' leave requests.</summary>
public sealed class StudyBranch
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? HeadId { get; set; }

    public int SortOrder { get; set; }
}

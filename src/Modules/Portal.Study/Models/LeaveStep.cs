namespace Portal.Study.Models;

/// <summary>One step of a leave request, kept with who took it and when.</summary>
public sealed class LeaveStep
{
    public int Id { get; set; }

    public int LeaveRequestId { get; set; }

    public LeaveStatus Status { get; set; }

    public string ById { get; set; } = "";

    public string ByName { get; set; } = "";

    public DateTime At { get; set; }

    public string? Note { get; set; }
}

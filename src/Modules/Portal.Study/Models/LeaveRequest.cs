namespace Portal.Study.Models;

/// <summary>A request for leave from one session (请假), decided by the branch head and closed after the session (销假).</summary>
public sealed class LeaveRequest
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public string UserId { get; set; } = "";

    public string Reason { get; set; } = "";

    public LeaveStatus Status { get; set; }

    public DateTime RequestedAt { get; set; }

    public List<LeaveStep> Steps { get; set; } = [];
}

namespace Portal.Workflows.Models;

/// <summary>A scheduled job that threw: each attempt is kept, and the last one says whether the job gave up.</summary>
public sealed class JobFailure
{
    public long Id { get; set; }

    public string JobName { get; set; } = "";

    public DateTime FailedAt { get; set; }

    public int Attempt { get; set; }

    public bool GaveUp { get; set; }

    public string Error { get; set; } = "";
}

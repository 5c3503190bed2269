namespace Portal.Workflows.Models;

/// <summary>
/// A scheduled job whose run threw, or one of its items that threw (see <see cref="Rules.JobItemNames"/>): each attempt
/// is kept, and the last one says whether the job gave up. An item's failures are kept until it goes through.
/// </summary>
public sealed class JobFailure
{
    public long Id { get; set; }

    /// <summary>The job's title, or for an item the job's title and the item's key.</summary>
    public string JobName { get; set; } = "";

    public DateTime FailedAt { get; set; }

    public int Attempt { get; set; }

    public bool GaveUp { get; set; }

    public string Error { get; set; } = "";
}

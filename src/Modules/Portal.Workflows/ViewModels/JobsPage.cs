using Portal.Workflows.Models;

namespace Portal.Workflows.ViewModels;

public sealed record JobRow(string Title, string Name, DateTime? PreviousRunAt, DateTime? NextRunAt);

/// <summary>An entry of a job that failed its every attempt and waits for an administrator to try it again.</summary>
public sealed record ParkedEntry(string Job, string Entry, int Attempts, DateTime FailedAt, string Error, string RetryPath);

public sealed record JobsPage(
    IReadOnlyList<JobRow> Jobs,
    IReadOnlyList<ParkedEntry> Parked,
    IReadOnlyList<JobFailure> Failures,
    IReadOnlyList<OutboxMail> Mails,
    int PendingCount,
    int FailedCount);

using Portal.Workflows.Models;

namespace Portal.Workflows.ViewModels;

public sealed record JobRow(string Title, DateTime? PreviousRunAt, DateTime? NextRunAt);

public sealed record JobsPage(IReadOnlyList<JobRow> Jobs, IReadOnlyList<JobFailure> Failures, IReadOnlyList<OutboxMail> Mails, int PendingCount, int FailedCount);

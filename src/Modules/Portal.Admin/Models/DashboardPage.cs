using Portal.Core.Navigation;
using Portal.Core.Queues;

namespace Portal.Admin.Models;

/// <summary>The admin home: what the user may open, and the background queues they may look after.</summary>
public sealed record DashboardPage(IReadOnlyList<AdminMenuItem> Items, IReadOnlyList<QueueStatus> Queues);

using Portal.Core.Security;

namespace Portal.Core.Queues;

/// <summary>
/// A background queue as operators and administrators see it: what waits, what was parked after its last attempt,
/// and where the parked entries are listed with a retry button (for those who hold <paramref name="Permission"/>).
/// </summary>
/// <param name="Name">The queue's Chinese name, e.g. 站内搜索索引.</param>
/// <param name="Pending">Entries not yet handled (for search: this node's lag behind the queue).</param>
/// <param name="Parked">Entries that failed every attempt and wait for someone to retry them.</param>
public sealed record QueueStatus(string Name, int Pending, int Parked, string AdminPath, Permission Permission);

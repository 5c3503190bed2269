using Portal.Core.Queues;
using Portal.Core.Security;

namespace Portal.Operations.Tests;

/// <summary>A background queue in a given state, standing in for the modules' monitors.</summary>
internal sealed class FixedQueueMonitor(int pending, int parked) : IQueueMonitor
{
    public const string AdminPath = "/admin/test-queue";

    public Task<QueueStatus> ReadAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new QueueStatus("测试队列", pending, parked, AdminPath, new Permission("ManageTestQueue", "管理测试队列", "测试")));
}

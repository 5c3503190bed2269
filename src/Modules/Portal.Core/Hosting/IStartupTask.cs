namespace Portal.Core.Hosting;

/// <summary>Work that must finish before the portal serves its first request (migrations, setup recipes).</summary>
public interface IStartupTask
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}

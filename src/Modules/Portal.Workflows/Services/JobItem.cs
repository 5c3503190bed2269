namespace Portal.Workflows.Services;

/// <summary>
/// One thing a job does on its run, such as publishing one scheduled item. <paramref name="Key"/> names it stably across
/// runs (内容 12); <paramref name="Description"/> says what it is about for the failure record; <paramref name="Handle"/>
/// does it with the services of a scope of its own.
/// </summary>
public sealed record JobItem(string Key, string Description, Func<IServiceProvider, CancellationToken, Task> Handle);

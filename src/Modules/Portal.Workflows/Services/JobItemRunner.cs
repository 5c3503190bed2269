using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;

namespace Portal.Workflows.Services;

/// <summary>
/// Runs a job's items one by one, each in a scope of its own: an item that throws is recorded as a failure of that item
/// and tried again at a later run after a pause (<see cref="JobRetryRules.Items"/>), then parked for an administrator,
/// while the items after it go on. An item that goes through, or is no longer there to do, has its failures cleared.
/// </summary>
public sealed class JobItemRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobItemRunner> logger)
{
    /// <returns>How many items went through.</returns>
    public async Task<int> RunAsync(string job, IReadOnlyCollection<JobItem> items, CancellationToken cancellationToken = default)
    {
        var earlier = await FailuresAsync(job, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var done = 0;
        foreach (var item in items)
        {
            var name = JobItemNames.Of(job, item.Key);
            var failed = earlier.GetValueOrDefault(name);
            if (failed is not null && !JobRetryRules.ItemDue(failed.Attempt, failed.FailedAt, now))
            {
                continue;
            }

            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await item.Handle(scope.ServiceProvider, cancellationToken);
                }

                done++;
                if (failed is not null)
                {
                    await ClearAsync([name]);
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                await RecordAsync(name, item.Description, (failed?.Attempt ?? 0) + 1, exception);
            }
        }

        var gone = earlier.Keys.Except(items.Select(i => JobItemNames.Of(job, i.Key))).ToList();
        if (gone.Count > 0)
        {
            await ClearAsync(gone);
        }

        return done;
    }

    /// <summary>The latest failure of each item of the job that has not gone through since.</summary>
    private async Task<Dictionary<string, JobFailure>> FailuresAsync(string job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var prefix = JobItemNames.Prefix(job);
        var failures = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<JobFailure>().AsNoTracking()
            .Where(f => f.JobName.StartsWith(prefix)).ToListAsync(cancellationToken);
        return failures.GroupBy(f => f.JobName).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Attempt)!);
    }

    private async Task RecordAsync(string name, string description, int attempt, Exception exception)
    {
        var parks = JobRetryRules.Items.Parks(attempt);
        logger.LogWarning(exception, "{Item} ({Description}) failed (attempt {Attempt}); {Next}.", name, description, attempt,
            parks ? "parked" : "it will be retried");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(new JobFailure
        {
            JobName = name,
            Attempt = attempt,
            GaveUp = parks,
            FailedAt = clock.GetUtcNow().UtcDateTime,
            Error = $"{description}：{exception.GetType().Name}: {exception.Message}".Clip(2000),
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task ClearAsync(List<string> names)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<JobFailure>().Where(f => names.Contains(f.JobName))
            .ExecuteDeleteAsync(CancellationToken.None);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Quartz;

namespace Portal.Workflows.Jobs;

/// <summary>
/// A scheduled job of the portal. A run that fails as a whole is recorded where administrators see it and handed back
/// to Quartz, which fires the job again under the retry policy; the last failed attempt is marked as given up. (A job
/// whose items can fail one by one records those itself, through <see cref="Services.JobItemRunner"/>.)
/// </summary>
[DisallowConcurrentExecution]
[RetryPolicy(JobRetryRules.MaxAttempts - 1, JobRetryRules.RetryInterval)]
public abstract class PortalJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : IJob
{
    /// <summary>The name administrators see.</summary>
    public abstract string Title { get; }

    protected abstract Task RunAsync(CancellationToken cancellationToken);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var attempt = context.RetryAttempt + 1;
            var givesUp = JobRetryRules.Runs.Parks(attempt);
            logger.LogWarning(exception, "Job {Job} failed (attempt {Attempt}); {Next}.", Title, attempt, givesUp ? "given up until its next run" : "it will be retried");
            await RecordAsync(attempt, givesUp, exception);
            throw new JobExecutionException(exception);
        }
    }

    private async Task RecordAsync(int attempt, bool givesUp, Exception exception)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var error = $"{exception.GetType().Name}: {exception.Message}";
        db.Add(new JobFailure
        {
            JobName = Title,
            Attempt = attempt,
            GaveUp = givesUp,
            FailedAt = clock.GetUtcNow().UtcDateTime,
            Error = error.Clip(2000),
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

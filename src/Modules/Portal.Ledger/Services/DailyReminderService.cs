using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Ledger.Rules;

namespace Portal.Ledger.Services;

/// <summary>Runs <see cref="ReminderService"/> every day at 08:00 Beijing time, and once at start-up when that time has passed.</summary>
internal sealed class DailyReminderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (ReminderSchedule.IsPastSendingTime(clock.GetUtcNow()))
            {
                await RunAsync(stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(ReminderSchedule.DelayUntilNext(clock.GetUtcNow()), clock, stoppingToken);
                await RunAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The portal is stopping.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<ReminderService>().SendDueRemindersAsync(stoppingToken);
            logger.LogInformation("Ledger reminders: {Count} sent.", sent);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Ledger reminders failed; they will be tried again at the next run.");
        }
    }
}

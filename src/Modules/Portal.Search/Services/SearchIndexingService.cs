using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Search.Services;

/// <summary>Keeps this node's index up with the queue: at start (catching up on whatever happened while it was down), on every change made here, and by polling for changes made on other nodes.</summary>
internal sealed class SearchIndexingService(SearchIndexer indexer, SearchQueueSignal signal, IOptions<SearchOptions> options, ILogger<SearchIndexingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await indexer.CatchUpAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // An outage of the database is the operator's to see in the health check, not a fault of the indexer.
                logger.Log(DatabaseUnavailable.Caused(exception) ? LogLevel.Warning : LogLevel.Error, exception, "Search indexing failed; it will be retried.");
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

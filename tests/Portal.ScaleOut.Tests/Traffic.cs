using System.Collections.Concurrent;
using System.Net;
using Portal.Testing;

namespace Portal.ScaleOut.Tests;

/// <summary>
/// Readers and editors asking the nodes for pages over and over, one loop per page and node, recording every answer
/// (or the failure to get one) until stopped, so that a test can say what was answered while a server was down.
/// </summary>
internal sealed class Traffic : IAsyncDisposable
{
    private const int MaxRequestsPerLoop = 10_000;

    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops;

    private Traffic(IEnumerable<Visit> visits) => _loops = visits.Select(LoopAsync).ToList();

    public static Traffic Start(params Visit[] visits) => new(visits);

    public IReadOnlyList<Answer> Answers => _answers.ToList();

    /// <summary>Waits until the answers so far satisfy the condition; fails when they do not within the time given.</summary>
    public async Task UntilAsync(TimeSpan within, Func<IReadOnlyList<Answer>, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition(Answers))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not seen within {within.TotalSeconds:0} s: {what}\n{Summary()}");
            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    /// <summary>How many answers of each kind each page got: for the message of a failed assertion.</summary>
    public string Summary() => string.Join("\n", Answers
        .GroupBy(a => (a.Node, a.Path, a.Status))
        .OrderBy(g => g.Key.Node).ThenBy(g => g.Key.Path)
        .Select(g => $"{g.Key.Node} {g.Key.Path}: {g.Count()} × {(g.Key.Status is { } status ? ((int)status).ToString() : g.First().Body)}"));

    private async Task LoopAsync(Visit visit)
    {
        for (var i = 0; i < MaxRequestsPerLoop && !_stop.IsCancellationRequested; i++)
        {
            _answers.Enqueue(await AskAsync(visit));
            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<Answer> AskAsync(Visit visit)
    {
        var at = DateTime.UtcNow;
        try
        {
            using var response = await visit.Client.Http.GetAsync(visit.Path);
            var body = await response.Content.ReadAsStringAsync();
            return new Answer(at, DateTime.UtcNow, visit.Node, visit.Path, response.StatusCode, response.Headers.RetryAfter?.ToString(),
                response.Headers.Age, response.StatusCode == HttpStatusCode.OK ? "" : body);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new Answer(at, DateTime.UtcNow, visit.Node, visit.Path, null, null, null, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>One page asked of one node by one browser.</summary>
    public sealed record Visit(string Node, PortalClient Client, string Path);

    /// <summary>What a node answered, between the request being sent and the answer read; no status when no answer came.</summary>
    public sealed record Answer(DateTime At, DateTime Answered, string Node, string Path, HttpStatusCode? Status, string? RetryAfter, TimeSpan? Age, string Body)
    {
        /// <summary>
        /// Kept from an earlier request. A page rendered for one request is also given, with an age of 0, to the
        /// requests for it that arrived meanwhile; that is not a page from the cache.
        /// </summary>
        public bool FromCache => Age > TimeSpan.Zero;
    }
}

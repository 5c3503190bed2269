using System.Collections.Concurrent;
using System.Net;

namespace Portal.Robustness.Tests;

/// <summary>One request of a barrage: the address, and the hostile inputs in it as a failure message shows them.</summary>
public sealed record Probe(string Url, string Inputs);

/// <summary>
/// Sends many requests with a few in flight at once (the in-process server handles them in parallel, as a real one
/// would), and keeps every answer of 500 or more, or broken off, with the inputs that caused it.
/// </summary>
public sealed class Barrage(HttpClient client, int inFlight = 8)
{
    private const string NullInPath = "The path contains null characters.";

    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<HttpStatusCode, int> _statuses = new();
    private int _sent;
    private int _refusedByHost;

    public int Sent => _sent;

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>How the answers were spread, e.g. “200×1995, 404×5”, and how many addresses never left the client.</summary>
    public string Answers =>
        string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}"))
        + (_refusedByHost > 0 ? $", {_refusedByHost} with a NUL in the path refused by the test host (Kestrel answers 400)" : "");

    /// <summary>Sends every probe; <paramref name="inspect"/> sees each answer that was not a server error.</summary>
    public async Task SendAsync(IEnumerable<Probe> probes, Func<Probe, HttpResponseMessage, Task>? inspect = null, CancellationToken cancellationToken = default) =>
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (probe, token) =>
        {
            Interlocked.Increment(ref _sent);
            try
            {
                using var response = await client.GetAsync(probe.Url, token);
                _statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500)
                {
                    _failures.Enqueue($"{(int)response.StatusCode} for {probe.Inputs}  [{Cut(probe.Url)}]");
                }
                else if (inspect is not null)
                {
                    await inspect(probe, response);
                }
            }
            catch (InvalidOperationException exception) when (exception.Message == NullInPath)
            {
                // The test host refuses to send such an address, as Kestrel refuses it with a 400 before the portal sees it.
                Interlocked.Increment(ref _refusedByHost);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                _failures.Enqueue($"{exception.GetType().Name} ({exception.Message}) for {probe.Inputs}  [{Cut(probe.Url)}]");
            }
        });

    /// <summary>What the assertion prints: the first failures and how the answers were spread (the error gate adds what the server logged).</summary>
    public string Report(int seed) =>
        $"seed {seed}: {_failures.Count} of {_sent} requests failed.\n"
        + string.Join("\n", _failures.Take(30))
        + "\nanswers: " + Answers;

    private static string Cut(string url) => url.Length > 300 ? url[..300] + "…" : url;
}

using System.Collections.Concurrent;

namespace ContestLoad;

/// <summary>Latencies and status codes of every request, by step; prints throughput and percentiles.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentBag<(string Step, double Milliseconds, int Status)> _samples = [];
    private readonly ConcurrentBag<string> _failures = [];

    public void Record(string step, TimeSpan elapsed, int status) => _samples.Add((step, elapsed.TotalMilliseconds, status));

    public void Fail(string message) => _failures.Add(message);

    public void Report(TimeSpan elapsed, long uploadedBytes)
    {
        var all = _samples.ToList();
        var seconds = elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"duration:             {seconds:0.0} s");
        Console.WriteLine($"requests:             {all.Count} ({all.Count / seconds:0.0} req/s), errors (5xx or refused): {all.Count(s => s.Status >= 500)}");
        Console.WriteLine($"submissions:          {all.Count(s => s.Step == "submit") / seconds:0.00} per second");
        Console.WriteLine($"uploaded:             {uploadedBytes / 1024.0 / 1024.0:0} MB ({uploadedBytes / 1024.0 / 1024.0 / seconds:0.0} MB/s)");
        Console.WriteLine($"{"step",-12} {"count",6} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var group in all.GroupBy(s => s.Step).OrderBy(g => g.Key).Append(all.GroupBy(_ => "ALL").Single()))
        {
            var sorted = group.Select(s => s.Milliseconds).Order().ToList();
            Console.WriteLine($"{group.Key,-12} {sorted.Count,6} {Percentile(sorted, 50),8:0} {Percentile(sorted, 95),8:0} {Percentile(sorted, 99),8:0} {sorted[^1],8:0}");
        }

        foreach (var failure in _failures.Take(10))
        {
            Console.WriteLine($"failure: {failure}");
        }

        if (_failures.Count > 10)
        {
            Console.WriteLine($"... and {_failures.Count - 10} more failures");
        }
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

using System.Diagnostics;
using Portal.Testing;

namespace Portal.Operations.Tests;

/// <summary>Runs one of the repository's scripts as an operator would: bash, no terminal, nothing on standard input.</summary>
internal static class ShellScript
{
    /// <summary>Far above what a script takes here; only a hung script reaches it.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(10);

    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
    }

    public static async Task<Result> RunAsync(string script, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash", [Repository.Path("scripts", script), .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"bash did not start {script}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var hang = new CancellationTokenSource(HangLimit);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish: {await errors}");
        }

        return new Result(process.ExitCode, await output, await errors);
    }

    /// <summary>Runs the script and fails the test with its output unless it succeeds.</summary>
    public static async Task<Result> SucceedsAsync(string script, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var result = await RunAsync(script, arguments, environment);
        Assert.True(result.ExitCode == 0, $"{script} failed: {result}");
        return result;
    }
}

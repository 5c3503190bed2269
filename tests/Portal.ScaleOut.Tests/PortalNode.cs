using System.Diagnostics;
using System.Net;

namespace Portal.ScaleOut.Tests;

/// <summary>One published portal process serving on a free loopback port, as a web node behind a load balancer would.</summary>
internal sealed class PortalNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _logPath;
    private readonly StreamWriter _log;

    private PortalNode(string name, Process process, Uri address, string logPath, StreamWriter log)
    {
        Name = name;
        _process = process;
        Address = address;
        _logPath = logPath;
        _log = log;
    }

    public string Name { get; }

    public Uri Address { get; }

    public static async Task<PortalNode> StartAsync(string name, string publishFolder, string dataFolder, IDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{Loopback.FreePort()}");
        var logPath = Path.Combine(dataFolder, "node.log");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(publishFolder, "Portal.Web.dll"), "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = publishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__DataPath"] = dataFolder;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Node {name} did not start.");
        // Appended to: a node started again on the same data folder continues the log of the one before it.
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new PortalNode(name, process, address, logPath, log);
        await node.WaitUntilServingAsync();
        return node;
    }

    public string Log()
    {
        lock (_log)
        {
            using var reader = new StreamReader(new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return reader.ReadToEnd();
        }
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash or a power cut would: nothing in it runs any more.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} stopped (exit code {_process.ExitCode}):\n{Log()}");
            }

            try
            {
                if ((await http.GetAsync("/")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: migrations and the demo recipe run before Kestrel starts.
            }
            catch (TaskCanceledException)
            {
                // A slow first page on a busy machine; ask again.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Node {Name} did not serve its home page within two minutes:\n{Log()}");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.ScaleOut.Tests;

/// <summary>One published portal process serving on a free loopback port, as a web node behind a load balancer would.</summary>
internal sealed class PortalNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _logPath;

    private PortalNode(string name, Process process, Uri address, string logPath)
    {
        Name = name;
        _process = process;
        Address = address;
        _logPath = logPath;
    }

    public string Name { get; }

    public Uri Address { get; }

    public static async Task<PortalNode> StartAsync(string name, string publishFolder, string dataFolder, IDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
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
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new PortalNode(name, process, address, logPath);
        await node.WaitUntilServingAsync();
        return node;
    }

    public string Log() => File.Exists(_logPath) ? File.ReadAllText(_logPath) : "";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Portal.ScaleOut.Tests;

/// <summary>A redis-server of the test's own on a free loopback port, in memory only, that the test may stop and start.</summary>
internal sealed class PrivateRedis : IAsyncDisposable
{
    private readonly int _port = Loopback.FreePort();
    private Process? _server;

    public string Configuration => $"127.0.0.1:{_port}";

    /// <summary>Why no private Redis can be started here, or null.</summary>
    public static string? Missing() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, "redis-server")))
            ? null
            : "redis-server is not installed; scripts/test.sh installs it.";

    public static async Task<PrivateRedis> StartAsync()
    {
        var redis = new PrivateRedis();
        await redis.StartAgainAsync();
        return redis;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("redis-server", ["--bind", "127.0.0.1", "--port", _port.ToString(), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _server = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AnswersAsync())
        {
            if (_server.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server on port {_port} did not answer.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Ends the server at once, as a crash would; what it held is lost.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Kill();
        await _server.WaitForExitAsync();
        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", _port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG");
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

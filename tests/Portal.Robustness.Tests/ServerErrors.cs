using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Robustness.Tests;

/// <summary>The exceptions the portal logs while the requests run, so that a failure names its cause, not only its 500.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> All => _errors;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _errors);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var origin = exception?.StackTrace?.Split('\n', 3).Take(2).Select(line => line.Trim());
                errors.Enqueue($"{category}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message} {string.Join(" ", origin ?? [])}");
            }
        }
    }
}

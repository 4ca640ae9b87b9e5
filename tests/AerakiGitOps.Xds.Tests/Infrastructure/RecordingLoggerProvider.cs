using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>Keeps every log entry so tests can assert on event ids (never on message text).</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(EventId EventId, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this);

    public int Count(int eventId) => Entries.Count(e => e.EventId.Id == eventId);

    public IReadOnlyList<string> Errors() =>
        [.. Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.EventId}: {e.Message}")];

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Entries.Enqueue((eventId, logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
    }
}

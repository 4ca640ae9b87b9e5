using AerakiGitOps.Protos.Snapshot;
using AerakiGitOps.Xds.Hosting;
using AerakiGitOps.Xds.Sources;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>
/// The real reconciler host on 127.0.0.1 with ephemeral ports. Disposing it stops the host and fails
/// the test on any error log that the test did not declare as expected.
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly List<IDisposable> disposables = [];

    private TestServer(XdsServerHost host, RecordingLoggerProvider logs, ISnapshotSource source)
    {
        Host = host;
        Logs = logs;
        Source = source;
    }

    public XdsServerHost Host { get; }

    public RecordingLoggerProvider Logs { get; }

    public ISnapshotSource Source { get; }

    /// <summary>Event ids of error logs the test provokes on purpose.</summary>
    public HashSet<int> ExpectedErrorEvents { get; } = [];

    public Uri XdsAddress => new($"http://{Host.XdsEndPoint}");

    public Uri HttpAddress => new($"http://{Host.HttpEndPoint}");

    public static Task<TestServer> StartAsync(RouteSnapshot initial, Action<XdsHostOptions>? configure = null) =>
        StartAsync(new ScriptedSnapshotSource().Then(SnapshotLoadResult.Loaded(initial)), configure);

    public static async Task<TestServer> StartAsync(ISnapshotSource source, Action<XdsHostOptions>? configure = null)
    {
        var logs = new RecordingLoggerProvider();
        var options = new XdsHostOptions
        {
            XdsListen = "127.0.0.1:0",
            HttpListen = "127.0.0.1:0",
            ShutdownTimeout = TimeSpan.FromSeconds(2),
            ConfigureLogging = b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug),
            Reconciler = new SnapshotReconcilerOptions { PollInterval = TimeSpan.FromMinutes(10), StartupTimeout = TimeSpan.FromSeconds(1), StartupRetryDelay = TimeSpan.FromMilliseconds(20) },
        };
        configure?.Invoke(options);
        var host = XdsServerHost.Create(options, source);
        await host.StartAsync(CancellationToken.None);
        return new TestServer(host, logs, source);
    }

    public GrpcChannel Channel(HttpMessageHandler? handler = null, Uri? address = null)
    {
        var channel = GrpcChannel.ForAddress(address ?? XdsAddress, new GrpcChannelOptions { HttpHandler = handler ?? new SocketsHttpHandler() });
        disposables.Add(channel);
        return channel;
    }

    public HttpClient Http()
    {
        var client = new HttpClient { BaseAddress = HttpAddress, Timeout = TimeSpan.FromSeconds(15) };
        disposables.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var disposable in disposables)
        {
            disposable.Dispose();
        }

        await Host.StopAsync(CancellationToken.None);
        await Host.DisposeAsync();
        var unexpected = Logs.Entries
            .Where(e => e.Level >= LogLevel.Error && !ExpectedErrorEvents.Contains(e.EventId.Id))
            .Select(e => $"{e.EventId}: {e.Message}")
            .ToList();
        Assert.Empty(unexpected);
    }
}

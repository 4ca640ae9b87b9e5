using System.Diagnostics;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Xds.Hosting;
using AerakiGitOps.Xds.Sources;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// One stream count: an in-process <see cref="XdsServerHost"/> on a <see cref="GitSnapshotSource"/>,
/// S streams opened at once (the connect storm), idle memory, then one-file commits pushed.
/// </summary>
internal sealed class ServeBenchSession(ServeBenchOptions options, ServeBenchRepository repository, int streamCount, TextWriter log) : IAsyncDisposable
{
    // Kestrel's default SETTINGS_MAX_CONCURRENT_STREAMS; one channel (one connection) per this many streams.
    private const int StreamsPerConnection = 100;
    private readonly List<GrpcChannel> channels = [];
    private readonly List<ServeBenchStream> streams = [];
    private XdsServerHost? host;

    public async Task<ServeBenchRun> RunAsync()
    {
        using var source = new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions());
        host = XdsServerHost.Create(new XdsHostOptions
        {
            XdsListen = "127.0.0.1:0",
            HttpListen = "127.0.0.1:0",
            ShutdownTimeout = TimeSpan.FromSeconds(5),
            Server = { MaxStreams = Math.Max(10_000, streamCount + 100) },
            Reconciler = { PollInterval = TimeSpan.FromHours(1) },
            ConfigureLogging = b => b.AddSimpleConsole(c => c.SingleLine = true).AddFilter((_, level) => level >= LogLevel.Warning),
        }, source);
        await host.StartAsync(CancellationToken.None);
        var names = RouteConfigNames(host);

        var (managedBefore, workingSetBefore) = Memory();
        var storm = await StormAsync(names);
        await Task.Delay(options.Settle);
        var (managedAfter, workingSetAfter) = Memory();
        log.WriteLine($"  {streamCount} streams served and ACKed; measuring {options.Repetitions} one-file commits");

        // One unmeasured commit first, so the JIT's tiering does not land in the first measured one.
        if (options.Repetitions > 1)
        {
            await CommitAsync(streams[^1].Service);
        }

        var commits = new List<ServeBenchPush>();
        for (var repetition = 0; repetition < options.Repetitions; repetition++)
        {
            commits.Add(await CommitAsync(streams[(int)((repetition * 7919L + 13) % streams.Count)].Service));
        }

        await host.StopAsync(CancellationToken.None);
        return new ServeBenchRun(
            streamCount,
            options.Services,
            channels.Count,
            storm.FirstResponseMs,
            storm.AckedMs,
            (managedAfter - managedBefore) / (double)streamCount,
            (workingSetAfter - workingSetBefore) / (double)streamCount,
            commits);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }

        foreach (var channel in channels)
        {
            channel.Dispose();
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private async Task<(double FirstResponseMs, double AckedMs)> StormAsync(IReadOnlyList<string> names)
    {
        var address = new Uri($"http://{host!.XdsEndPoint}");
        for (var index = 0; index < streamCount; index++)
        {
            if (index % StreamsPerConnection == 0)
            {
                channels.Add(GrpcChannel.ForAddress(address, new GrpcChannelOptions
                {
                    HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan },
                    DisposeHttpClient = true,
                }));
            }

            // Spread over the services: every service gets a subscriber when there are at least as many streams.
            var service = streamCount >= names.Count ? index % names.Count : (int)((long)index * names.Count / streamCount);
            streams.Add(new ServeBenchStream(channels[^1], index, service, names[service]));
        }

        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(streams.Select(s => s.StartAsync()));
        await Task.WhenAll(streams.Select(s => s.FirstAck)).WaitAsync(options.Timeout);
        return (Milliseconds(start, streams.Max(s => s.FirstResponseTimestamp)), Milliseconds(start, streams.Max(s => s.LastAckTimestamp)));
    }

    private async Task<ServeBenchPush> CommitAsync(int service)
    {
        var affected = streams.Where(s => s.Service == service).ToList();
        var unaffected = streams.Where(s => s.Service != service).ToList();
        var acksBefore = affected.Select(s => s.Acks).ToList();
        var bytesBefore = unaffected.Sum(s => s.Bytes);
        var responsesBefore = unaffected.Sum(s => s.Responses);
        var pushesBefore = Pushes();

        var commit = repository.ChangeService(service);
        var start = Stopwatch.GetTimestamp();
        host!.Reconciler.RequestRefresh();
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        while (affected.Select((s, i) => s.Acks > acksBefore[i]).Contains(false))
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"commit {commit[..8]} (service {service}) was not ACKed by all {affected.Count} affected streams within {options.Timeout.TotalSeconds} s");
            }

            await Task.Delay(1);
        }

        var commitToAck = Milliseconds(start, affected.Max(s => s.LastAckTimestamp));
        if (host.Cache.Current?.SourceCommit != commit)
        {
            throw new InvalidOperationException($"served commit {host.Cache.Current?.SourceCommit} is not the one just made ({commit})");
        }

        await Task.Delay(options.Settle);
        return new ServeBenchPush(
            service,
            affected.Count,
            commitToAck,
            host.Metrics.LastLoadDuration.TotalMilliseconds,
            unaffected.Sum(s => s.Bytes) - bytesBefore,
            unaffected.Sum(s => s.Responses) - responsesBefore,
            Pushes() - pushesBefore);
    }

    private long Pushes() => host!.Metrics.Pushes.Snapshot().Sum(p => p.Value);

    /// <summary>The route configuration name of each service, by index (<c>host_port</c>).</summary>
    private IReadOnlyList<string> RouteConfigNames(XdsServerHost server)
    {
        var byHost = server.Cache.Current!.Resources.Keys.ToDictionary(name => name[..name.LastIndexOf('_')], StringComparer.Ordinal);
        return [.. Enumerable.Range(0, options.Services).Select(i => byHost.TryGetValue(WorkloadGenerator.Host(i), out var name)
            ? name
            : throw new InvalidOperationException($"no route configuration served for {WorkloadGenerator.Host(i)}"))];
    }

    private static (long Managed, long WorkingSet) Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (managed, process.WorkingSet64);
    }

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}

using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using Envoy.Config.Core.V3;
using Envoy.Service.Discovery.V3;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>A stream handler over a cache, with in-memory streams and recorded logs.</summary>
internal sealed class ProtocolHarness : IAsyncDisposable
{
    private readonly List<Func<Task>> cleanups = [];
    private readonly CancellationTokenSource stop = new();
    private readonly ILoggerFactory loggerFactory;

    public ProtocolHarness(ISnapshotCache cache, XdsServerOptions? options = null)
    {
        Cache = cache;
        loggerFactory = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Handler = new XdsStreamHandler(cache, options ?? new XdsServerOptions(), Metrics, Registry, loggerFactory.CreateLogger<XdsStreamHandler>());
    }

    public ISnapshotCache Cache { get; }

    public XdsStreamHandler Handler { get; }

    public XdsMetrics Metrics { get; } = new();

    public XdsClientRegistry Registry { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public const string Rds = XdsTypeUrls.RouteConfiguration;

    public (FakeRequestStream<DiscoveryRequest> Requests, FakeResponseStream<DiscoveryResponse> Responses, Task Run) OpenSotw(XdsApi api = XdsApi.Rds)
    {
        var requests = new FakeRequestStream<DiscoveryRequest>();
        var responses = new FakeResponseStream<DiscoveryResponse>();
        var run = Task.Run(() => Handler.HandleSotwAsync(api, requests, responses, "test-peer", stop.Token));
        cleanups.Add(async () =>
        {
            requests.Complete();
            responses.Unblock();
            await run;
        });
        return (requests, responses, run);
    }

    public (FakeRequestStream<DeltaDiscoveryRequest> Requests, FakeResponseStream<DeltaDiscoveryResponse> Responses, Task Run) OpenDelta(XdsApi api = XdsApi.Rds)
    {
        var requests = new FakeRequestStream<DeltaDiscoveryRequest>();
        var responses = new FakeResponseStream<DeltaDiscoveryResponse>();
        var run = Task.Run(() => Handler.HandleDeltaAsync(api, requests, responses, "test-peer", stop.Token));
        cleanups.Add(async () =>
        {
            requests.Complete();
            responses.Unblock();
            await run;
        });
        return (requests, responses, run);
    }

    public static DiscoveryRequest Sotw(string nonce = "", string version = "", Node? node = null, string typeUrl = Rds, params string[] names)
    {
        var request = new DiscoveryRequest { TypeUrl = typeUrl, ResponseNonce = nonce, VersionInfo = version, Node = node };
        request.ResourceNames.AddRange(names);
        return request;
    }

    public static DeltaDiscoveryRequest Delta(string nonce = "", string[]? subscribe = null, string[]? unsubscribe = null, Node? node = null, string typeUrl = Rds)
    {
        var request = new DeltaDiscoveryRequest { TypeUrl = typeUrl, ResponseNonce = nonce, Node = node };
        request.ResourceNamesSubscribe.AddRange(subscribe ?? []);
        request.ResourceNamesUnsubscribe.AddRange(unsubscribe ?? []);
        return request;
    }

    public static DiscoveryRequest WithError(DiscoveryRequest request, string message)
    {
        request.ErrorDetail = Rejection(message);
        return request;
    }

    public static DeltaDiscoveryRequest WithError(DeltaDiscoveryRequest request, string message)
    {
        request.ErrorDetail = Rejection(message);
        return request;
    }

    public static Google.Rpc.Status Rejection(string message) => new() { Code = 3, Message = message };

    public async ValueTask DisposeAsync()
    {
        foreach (var cleanup in cleanups)
        {
            try
            {
                await cleanup().WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (Grpc.Core.RpcException)
            {
                // A refused stream; the test asserted on it already.
            }
        }

        await stop.CancelAsync();
        stop.Dispose();
        loggerFactory.Dispose();
    }
}

using System.Diagnostics;
using AerakiGitOps.Xds.Snapshots;
using Envoy.Config.Core.V3;
using Envoy.Service.Discovery.V3;
using Envoy.Service.Route.V3;
using Grpc.Core;
using Grpc.Net.Client;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// One simulated MetaProtocol proxy: a SotW RDS stream subscribing to one route configuration that
/// ACKs every response at once and counts what it receives.
/// </summary>
internal sealed class ServeBenchStream : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<DiscoveryRequest, DiscoveryResponse> call;
    private readonly TaskCompletionSource firstAck = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly int id;
    private Task pump = Task.CompletedTask;
    private long bytes;
    private long responses;
    private long acks;
    private long firstResponseTimestamp;
    private long lastAckTimestamp;

    public ServeBenchStream(GrpcChannel channel, int id, int service, string routeConfig)
    {
        this.id = id;
        Service = service;
        RouteConfig = routeConfig;
        call = new RouteDiscoveryService.RouteDiscoveryServiceClient(channel).StreamRoutes(cancellationToken: stop.Token);
    }

    /// <summary>Index of the service whose route configuration this stream subscribes to.</summary>
    public int Service { get; }

    public string RouteConfig { get; }

    /// <summary>Serialized size of the responses received (gRPC framing not counted).</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    public long Responses => Interlocked.Read(ref responses);

    public long Acks => Interlocked.Read(ref acks);

    /// <summary><see cref="Stopwatch"/> timestamp of the first response; 0 before it.</summary>
    public long FirstResponseTimestamp => Interlocked.Read(ref firstResponseTimestamp);

    /// <summary><see cref="Stopwatch"/> timestamp at which the latest ACK was written.</summary>
    public long LastAckTimestamp => Interlocked.Read(ref lastAckTimestamp);

    /// <summary>Completes once the first response is ACKed; faults when the call fails first.</summary>
    public Task FirstAck => firstAck.Task;

    /// <summary>Sends the subscription and starts reading (and ACKing) responses.</summary>
    public async Task StartAsync()
    {
        try
        {
            await call.RequestStream.WriteAsync(new DiscoveryRequest
            {
                Node = new Node { Id = $"bench-proxy-{id}", Cluster = "bench" },
                TypeUrl = XdsTypeUrls.RouteConfiguration,
                ResourceNames = { RouteConfig },
            });
        }
        catch (RpcException ex)
        {
            firstAck.TrySetException(ex);
            return;
        }

        pump = PumpAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await pump;
        call.Dispose();
        stop.Dispose();
    }

    private async Task PumpAsync()
    {
        try
        {
            while (await call.ResponseStream.MoveNext(stop.Token))
            {
                var response = call.ResponseStream.Current;
                Interlocked.CompareExchange(ref firstResponseTimestamp, Stopwatch.GetTimestamp(), 0);
                Interlocked.Add(ref bytes, response.CalculateSize());
                Interlocked.Increment(ref responses);
                await call.RequestStream.WriteAsync(new DiscoveryRequest
                {
                    VersionInfo = response.VersionInfo,
                    ResponseNonce = response.Nonce,
                    TypeUrl = XdsTypeUrls.RouteConfiguration,
                    ResourceNames = { RouteConfig },
                });
                Interlocked.Exchange(ref lastAckTimestamp, Stopwatch.GetTimestamp());
                Interlocked.Increment(ref acks);
                firstAck.TrySetResult();
            }

            firstAck.TrySetException(new InvalidOperationException($"stream {id} ended by the server"));
        }
        catch (Exception ex) when (ex is RpcException or OperationCanceledException or IOException or InvalidOperationException)
        {
            firstAck.TrySetException(ex);
        }
    }
}

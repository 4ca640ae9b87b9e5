using AerakiGitOps.Xds.Snapshots;
using Envoy.Service.Discovery.V3;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Server;

/// <summary>
/// Entry point of the protocol handling, independent of ASP.NET: the gRPC services forward their
/// streams here, and tests call it with in-memory streams and a fake cache.
/// </summary>
public sealed class XdsStreamHandler
{
    private readonly StreamServices services;

    /// <summary>Creates the handler over a cache.</summary>
    public XdsStreamHandler(ISnapshotCache cache, XdsServerOptions options, XdsMetrics metrics, XdsClientRegistry registry, ILogger<XdsStreamHandler> logger)
    {
        services = new StreamServices(cache, options, metrics, registry, logger);
    }

    /// <summary>Serves one state-of-the-world stream until it ends.</summary>
    public Task HandleSotwAsync(XdsApi api, IAsyncStreamReader<DiscoveryRequest> requests, IServerStreamWriter<DiscoveryResponse> responses, string peer, CancellationToken cancellationToken) =>
        new SotwStream(services, api, peer).RunAsync(requests, responses, peer, cancellationToken);

    /// <summary>Serves one incremental (delta) stream until it ends.</summary>
    public Task HandleDeltaAsync(XdsApi api, IAsyncStreamReader<DeltaDiscoveryRequest> requests, IServerStreamWriter<DeltaDiscoveryResponse> responses, string peer, CancellationToken cancellationToken) =>
        new DeltaStream(services, api, peer).RunAsync(requests, responses, peer, cancellationToken);
}

using Envoy.Service.Discovery.V3;
using Grpc.Core;
using Microsoft.Extensions.Hosting;

namespace AerakiGitOps.Xds.Server;

/// <summary><c>envoy.service.discovery.v3.AggregatedDiscoveryService</c>, forwarding to <see cref="XdsStreamHandler"/>.</summary>
public sealed class AggregatedDiscoveryEndpoint(XdsStreamHandler handler, IHostApplicationLifetime lifetime)
    : AggregatedDiscoveryService.AggregatedDiscoveryServiceBase
{
    /// <inheritdoc />
    public override async Task StreamAggregatedResources(IAsyncStreamReader<DiscoveryRequest> requestStream, IServerStreamWriter<DiscoveryResponse> responseStream, ServerCallContext context)
    {
        using var end = ServerShutdown.Link(context, lifetime);
        await handler.HandleSotwAsync(XdsApi.Ads, requestStream, responseStream, context.Peer, end.Token);
    }

    /// <inheritdoc />
    public override async Task DeltaAggregatedResources(IAsyncStreamReader<DeltaDiscoveryRequest> requestStream, IServerStreamWriter<DeltaDiscoveryResponse> responseStream, ServerCallContext context)
    {
        using var end = ServerShutdown.Link(context, lifetime);
        await handler.HandleDeltaAsync(XdsApi.Ads, requestStream, responseStream, context.Peer, end.Token);
    }
}

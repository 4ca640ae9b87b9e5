using Envoy.Service.Discovery.V3;
using Envoy.Service.Route.V3;
using Grpc.Core;
using Microsoft.Extensions.Hosting;

namespace AerakiGitOps.Xds.Server;

/// <summary><c>envoy.service.route.v3.RouteDiscoveryService</c>, forwarding to <see cref="XdsStreamHandler"/>.</summary>
public sealed class RouteDiscoveryEndpoint(XdsStreamHandler handler, IHostApplicationLifetime lifetime)
    : RouteDiscoveryService.RouteDiscoveryServiceBase
{
    /// <inheritdoc />
    public override async Task StreamRoutes(IAsyncStreamReader<DiscoveryRequest> requestStream, IServerStreamWriter<DiscoveryResponse> responseStream, ServerCallContext context)
    {
        using var end = ServerShutdown.Link(context, lifetime);
        await handler.HandleSotwAsync(XdsApi.Rds, requestStream, responseStream, context.Peer, end.Token);
    }

    /// <inheritdoc />
    public override async Task DeltaRoutes(IAsyncStreamReader<DeltaDiscoveryRequest> requestStream, IServerStreamWriter<DeltaDiscoveryResponse> responseStream, ServerCallContext context)
    {
        using var end = ServerShutdown.Link(context, lifetime);
        await handler.HandleDeltaAsync(XdsApi.Rds, requestStream, responseStream, context.Peer, end.Token);
    }
}

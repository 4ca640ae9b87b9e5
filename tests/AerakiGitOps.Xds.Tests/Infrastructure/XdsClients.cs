using AerakiGitOps.Xds.Server;
using Envoy.Service.Discovery.V3;
using Envoy.Service.Route.V3;
using Grpc.Net.Client;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>Opens SotW and delta calls on either the per-type (RDS) or the aggregated (ADS) service.</summary>
internal static class XdsClients
{
    public static XdsTestCall<DiscoveryRequest, DiscoveryResponse> Sotw(GrpcChannel channel, XdsApi api) => new(api == XdsApi.Rds
        ? new RouteDiscoveryService.RouteDiscoveryServiceClient(channel).StreamRoutes()
        : new AggregatedDiscoveryService.AggregatedDiscoveryServiceClient(channel).StreamAggregatedResources());

    public static XdsTestCall<DeltaDiscoveryRequest, DeltaDiscoveryResponse> Delta(GrpcChannel channel, XdsApi api) => new(api == XdsApi.Rds
        ? new RouteDiscoveryService.RouteDiscoveryServiceClient(channel).DeltaRoutes()
        : new AggregatedDiscoveryService.AggregatedDiscoveryServiceClient(channel).DeltaAggregatedResources());
}

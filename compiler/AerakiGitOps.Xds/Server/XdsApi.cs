namespace AerakiGitOps.Xds.Server;

/// <summary>Which gRPC service a stream arrived on.</summary>
public enum XdsApi
{
    /// <summary><c>envoy.service.route.v3.RouteDiscoveryService</c>: one type, RDS.</summary>
    Rds,

    /// <summary><c>envoy.service.discovery.v3.AggregatedDiscoveryService</c>: all types on one stream.</summary>
    Ads,
}

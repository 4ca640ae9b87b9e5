using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>RedisDestination.trafficPolicy.connectionPool: Istio's TCP settings plus the Redis mode, auth and discovery endpoints.</summary>
public sealed record RedisConnectionPoolSpec(
    string? ConnectTimeout,
    uint? MaxConnections,
    TcpKeepaliveSpec? TcpKeepalive,
    string Mode,
    RedisAuthSpec? Auth,
    ImmutableArray<string> DiscoveryEndpoints,
    SourceLocation At);

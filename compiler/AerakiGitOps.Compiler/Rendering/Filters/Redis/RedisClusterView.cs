namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>
/// The outbound cluster Aeraki replaces for a Redis port (CLUSTER REMOVE, then ADD): EDS with MAGLEV, or
/// Envoy's redis cluster type in CLUSTER mode; with a RedisDestination also upstream auth, keepalive,
/// Istio's metadata-exchange filter, service identity and plain-text transport.
/// </summary>
public sealed record RedisClusterView
{
    public required string Name { get; init; }

    public required string ConnectTimeout { get; init; }

    public bool IsRedisCluster { get; init; }

    public IReadOnlyList<RedisEndpointView> Endpoints { get; init; } = [];

    public uint MaxConnections { get; init; } = uint.MaxValue;

    public RedisCredentials UpstreamAuth { get; init; } = RedisCredentials.None;

    public TcpKeepaliveView? Keepalive { get; init; }

    public RedisServiceIdentityView? Identity { get; init; }
}

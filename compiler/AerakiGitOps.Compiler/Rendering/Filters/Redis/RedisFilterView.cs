using AerakiGitOps.Compiler.Rendering.Filters.Protocols;

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>One redis_proxy EnvoyFilter: the proxy config and, on an outbound filter, the cluster to replace.</summary>
public sealed record RedisFilterView(FilterTargetView Target, RedisProxyView Proxy, RedisClusterView? Cluster);

using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>Builds the replacement cluster of a Redis port, from the RedisDestination for the host when there is one.</summary>
internal static class RedisClusterBuilder
{
    public static RedisClusterView Build(PolicyModel model, ServiceModel service, ServicePortModel port, RedisDestinationSpec? destination)
    {
        var name = ClusterNames.Outbound(port.Number, service.Host);
        var basic = new RedisClusterView { Name = name, ConnectTimeout = "10s" };
        if (destination?.ConnectionPool is not { } pool)
        {
            return basic;
        }

        var isCluster = pool.Mode == "CLUSTER";
        return basic with
        {
            ConnectTimeout = DurationText.ToProtoJson(pool.ConnectTimeout) ?? basic.ConnectTimeout,
            IsRedisCluster = isCluster,
            Endpoints = isCluster ? Endpoints(pool, destination.Host, port.Number) : [],
            MaxConnections = pool.MaxConnections is > 0 ? pool.MaxConnections.Value : basic.MaxConnections,
            UpstreamAuth = RedisCredentials.From(pool.Auth, destination.Source.Namespace, model.Specs.MeshSettings.Secrets, model.Settings.AllowPlaintextSecrets),
            Keepalive = pool.TcpKeepalive is { } k ? new TcpKeepaliveView(k.Probes, Seconds(k.Time), Seconds(k.Interval)) : null,
            Identity = new RedisServiceIdentityView(port.Number, service.Host, service.Name, service.Namespace),
        };
    }

    /// <summary>discoveryEndpoints as "host[:port]" (the listener port when absent), else the destination host itself.</summary>
    private static IReadOnlyList<RedisEndpointView> Endpoints(RedisConnectionPoolSpec pool, string host, uint port)
    {
        if (pool.DiscoveryEndpoints.IsDefaultOrEmpty)
        {
            return [new RedisEndpointView(host, port)];
        }

        return pool.DiscoveryEndpoints.Select(e =>
        {
            var colon = e.LastIndexOf(':');
            return colon > 0 && uint.TryParse(e[(colon + 1)..], out var p)
                ? new RedisEndpointView(e[..colon], p)
                : new RedisEndpointView(e, port);
        }).ToList();
    }

    /// <summary>Envoy's keepalive fields are whole seconds; a duration under one second rounds up so it is not dropped.</summary>
    private static uint? Seconds(string? duration)
        => DurationText.ParseNanos(duration) is { } nanos and > 0 ? (uint)Math.Ceiling(nanos / 1_000_000_000m) : null;
}

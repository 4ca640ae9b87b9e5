using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>Builds the RedisProxy config of a Redis port from the RedisService for the host (aeraki-behaviour.md 4.4).</summary>
internal static class RedisProxyBuilder
{
    private const string DefaultOpTimeout = "60s";

    /// <summary>Without a RedisService: every command to the service itself.</summary>
    public static RedisProxyView Fallback(ServiceModel service, ServicePortModel port)
    {
        var cluster = ClusterNames.Outbound(port.Number, service.Host);
        return new RedisProxyView
        {
            StatPrefix = cluster,
            Settings = new RedisSettingsView { OpTimeout = DefaultOpTimeout },
            Routes = [],
            CatchAll = new RedisRouteView(string.Empty, false, cluster, []),
        };
    }

    /// <summary>Inbound: every command to the local workload, with a long timeout.</summary>
    public static RedisProxyView Inbound(ServicePortModel port) => new()
    {
        StatPrefix = ClusterNames.Inbound(port.Number),
        Settings = new RedisSettingsView { OpTimeout = "3600s" },
        Routes = [],
        CatchAll = new RedisRouteView(string.Empty, false, ClusterNames.Inbound(port.Number), []),
    };

    public static RedisProxyView Outbound(PolicyModel model, ServiceModel service, ServicePortModel port, RedisServiceSpec redis)
    {
        var ns = redis.Source.Namespace;
        var routes = redis.Routes.Select(r => new RedisRouteView(
            r.Prefix ?? string.Empty,
            r.RemovePrefix,
            RedisPorts.Cluster(model, r.Route, ns, port),
            r.Mirrors.Select(m => new RedisMirrorView(RedisPorts.Cluster(model, m.Route, ns, port), PerMillion(m.Percentage), m.ExcludeReadCommands)).ToList()))
            .ToList();

        // Routes without match.key are catch-all routes; the last one wins, as in Aeraki.
        var catchAll = redis.Routes.Length == 0
            ? new RedisRouteView(string.Empty, false, ClusterNames.Outbound(port.Number, service.Host), [])
            : routes.Where((_, i) => redis.Routes[i].Prefix is null).LastOrDefault();
        return new RedisProxyView
        {
            StatPrefix = ClusterNames.Outbound(port.Number, service.Host),
            Settings = Settings(redis.Settings),
            Routes = routes.Where((_, i) => redis.Routes[i].Prefix is not null).ToList(),
            CatchAll = catchAll,
            Faults = redis.Faults.Select(f => new RedisFaultView(f.Type == "ERROR", PerMillion(f.Percentage) ?? 0, DurationText.ToProtoJson(f.Delay), f.Commands)).ToList(),
            DownstreamAuth = RedisCredentials.From(redis.Settings?.Auth, ns, model.Specs.MeshSettings.Secrets, model.Settings.AllowPlaintextSecrets),
        };
    }

    private static RedisSettingsView Settings(RedisSettingsSpec? settings) => settings is null
        ? new RedisSettingsView { OpTimeout = DefaultOpTimeout }
        : new RedisSettingsView
        {
            OpTimeout = DurationText.ToProtoJson(settings.OpTimeout) ?? DefaultOpTimeout,
            EnableCommandStats = settings.EnableCommandStats ?? false,
            EnableHashtagging = settings.EnableHashtagging ?? false,
            EnableRedirection = settings.EnableRedirection ?? false,
            BufferFlushTimeout = DurationText.ToProtoJson(settings.BufferFlushTimeout),
            MaxBufferSizeBeforeFlush = settings.MaxBufferSizeBeforeFlush is > 0 ? settings.MaxBufferSizeBeforeFlush : null,
            ReadPolicy = settings.ReadPolicy is null or "MASTER" ? null : settings.ReadPolicy,
        };

    /// <summary>
    /// A percentage as a fraction per million, ⌊pct × 10000⌋ as Aeraki computes it, taken in decimal (as the
    /// RDS mirror fractions are) so that 0.57 gives 5700, not the 5699 binary doubles give.
    /// </summary>
    internal static uint? PerMillion(double? percentage) => percentage is { } p ? (uint)decimal.Floor((decimal)p * 10_000m) : null;
}

using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>Binds RedisService and RedisDestination documents.</summary>
internal static class RedisBinder
{
    public static RedisServiceSpec BindService(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new RedisServiceSpec(
            document,
            spec.Strings("host"),
            spec.Map("settings") is { } settings ? BindSettings(settings) : null,
            spec.Maps("redis").Select(BindRoute).ToImmutableArray(),
            spec.Maps("faults").Select(f => new RedisFaultSpec(
                f.Str("type") ?? "DELAY",
                f.Map("percentage").Number("value"),
                f.Str("delay"),
                f.Strings("commands"),
                f.At)).ToImmutableArray());
    }

    public static RedisDestinationSpec BindDestination(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        var pool = spec.Map("trafficPolicy").Map("connectionPool");
        return new RedisDestinationSpec(document, spec.Str("host") ?? string.Empty, pool is null ? null : BindPool(pool));
    }

    private static RedisConnectionPoolSpec BindPool(YMapping pool)
    {
        var tcp = pool.Map("tcp");
        var redis = pool.Map("redis");
        var keepalive = tcp.Map("tcpKeepalive");
        return new RedisConnectionPoolSpec(
            tcp.Str("connectTimeout"),
            tcp.UInt("maxConnections"),
            keepalive is null ? null : new TcpKeepaliveSpec(keepalive.UInt("probes"), keepalive.Str("time"), keepalive.Str("interval"), keepalive.At),
            redis.Str("mode") ?? "PROXY",
            BindAuth(redis.Map("auth")),
            redis.Strings("discoveryEndpoints"),
            pool.At);
    }

    private static RedisSettingsSpec BindSettings(YMapping settings) => new(
        settings.Str("opTimeout"),
        settings.Bool("enableCommandStats"),
        settings.UInt("maxBufferSizeBeforeFlush"),
        settings.Str("bufferFlushTimeout"),
        settings.Bool("enableHashtagging"),
        settings.Bool("enableRedirection"),
        settings.Str("readPolicy"),
        BindAuth(settings.Map("auth")),
        settings.At);

    private static RedisAuthSpec? BindAuth(YMapping? auth)
    {
        if (auth is null)
        {
            return null;
        }

        var secret = auth.Map("secret");
        var plain = auth.Map("plain");
        return new RedisAuthSpec(
            secret is null ? null : new RedisSecretRefSpec(secret.Str("name") ?? string.Empty, secret.Str("passwordField"), secret.Str("usernameField"), secret.At),
            plain is null ? null : new RedisPlainAuthSpec(plain.Str("password") ?? string.Empty, plain.Str("username") ?? string.Empty, plain.At),
            auth.At);
    }

    private static RedisRouteSpec BindRoute(YMapping route)
    {
        var key = route.Map("match").Map("key");
        return new RedisRouteSpec(
            key is null ? null : key.Str("prefix") ?? string.Empty,
            key.Bool("removePrefix") ?? false,
            BindTarget(route.Map("route"), route.At),
            route.Maps("mirror").Select(m => new RedisMirrorSpec(
                BindTarget(m.Map("route"), m.At),
                m.Map("percentage").Number("value"),
                m.Bool("excludeReadCommands") ?? false,
                m.At)).ToImmutableArray(),
            route.At);
    }

    private static RedisTargetSpec BindTarget(YMapping? target, Diagnostics.SourceLocation fallback)
        => new(target.Str("host") ?? string.Empty, target.UInt("port") ?? 0, target?.At ?? fallback);
}

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>The RedisProxy config of one listener.</summary>
public sealed record RedisProxyView
{
    public required string StatPrefix { get; init; }

    public required RedisSettingsView Settings { get; init; }

    public required IReadOnlyList<RedisRouteView> Routes { get; init; }

    public RedisRouteView? CatchAll { get; init; }

    public IReadOnlyList<RedisFaultView> Faults { get; init; } = [];

    public RedisCredentials DownstreamAuth { get; init; } = RedisCredentials.None;
}

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>Istio's cluster metadata (filterMetadata.istio) that telemetry reads to name the destination service.</summary>
public sealed record RedisServiceIdentityView(uint DefaultOriginalPort, string Host, string Name, string Namespace);

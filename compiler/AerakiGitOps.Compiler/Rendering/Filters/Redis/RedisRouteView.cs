namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>A Redis prefix route (or the catch-all route, whose prefix is unused) with its mirrors.</summary>
public sealed record RedisRouteView(string Prefix, bool RemovePrefix, string Cluster, IReadOnlyList<RedisMirrorView> Mirrors);

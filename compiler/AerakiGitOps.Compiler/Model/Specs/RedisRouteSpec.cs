using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// One RedisService.redis[] route. <see cref="Prefix"/> is null when the route has no match.key, which
/// makes it the catch-all route.
/// </summary>
public sealed record RedisRouteSpec(string? Prefix, bool RemovePrefix, RedisTargetSpec Route, ImmutableArray<RedisMirrorSpec> Mirrors, SourceLocation At);

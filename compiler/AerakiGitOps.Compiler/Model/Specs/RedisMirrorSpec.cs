using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A mirror of a Redis route; <see cref="Percentage"/> null mirrors every command.</summary>
public sealed record RedisMirrorSpec(RedisTargetSpec Route, double? Percentage, bool ExcludeReadCommands, SourceLocation At);

using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A RedisService fault: DELAY or ERROR for a percentage of (some) commands.</summary>
public sealed record RedisFaultSpec(string Type, double? Percentage, string? Delay, ImmutableArray<string> Commands, SourceLocation At);

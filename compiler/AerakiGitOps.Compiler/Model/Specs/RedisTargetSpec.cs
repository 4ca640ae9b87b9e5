using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A Redis route or mirror destination; <see cref="Port"/> 0 means "the matching port of that host's service".</summary>
public sealed record RedisTargetSpec(string Host, uint Port, SourceLocation At);

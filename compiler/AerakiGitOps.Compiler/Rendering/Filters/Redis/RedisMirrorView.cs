namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>A request mirror policy; <see cref="Numerator"/> is per million, null mirrors everything.</summary>
public sealed record RedisMirrorView(string Cluster, uint? Numerator, bool ExcludeReadCommands);

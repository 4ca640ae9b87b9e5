namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>A Redis fault; DELAY is the proto default and is omitted, <see cref="Numerator"/> is per million.</summary>
public sealed record RedisFaultView(bool IsError, uint Numerator, string? Delay, IReadOnlyList<string> Commands);

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>A Redis cluster discovery endpoint.</summary>
public sealed record RedisEndpointView(string Address, uint Port);

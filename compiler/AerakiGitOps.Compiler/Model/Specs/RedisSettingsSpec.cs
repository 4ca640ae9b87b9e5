using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>RedisService.settings; durations are kept as written and converted when rendered.</summary>
public sealed record RedisSettingsSpec(
    string? OpTimeout,
    bool? EnableCommandStats,
    uint? MaxBufferSizeBeforeFlush,
    string? BufferFlushTimeout,
    bool? EnableHashtagging,
    bool? EnableRedirection,
    string? ReadPolicy,
    RedisAuthSpec? Auth,
    SourceLocation At);

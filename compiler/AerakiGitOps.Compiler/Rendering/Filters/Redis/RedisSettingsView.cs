namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>RedisProxy connection-pool settings; false, empty and null values are omitted as protobuf JSON does.</summary>
public sealed record RedisSettingsView
{
    public required string OpTimeout { get; init; }

    public bool EnableCommandStats { get; init; }

    public bool EnableHashtagging { get; init; }

    public bool EnableRedirection { get; init; }

    public string? BufferFlushTimeout { get; init; }

    public uint? MaxBufferSizeBeforeFlush { get; init; }

    /// <summary>Null for MASTER (the proto default); PREFER_REPLICA stays PREFER_REPLICA (Aeraki maps it to PREFER_MASTER).</summary>
    public string? ReadPolicy { get; init; }
}

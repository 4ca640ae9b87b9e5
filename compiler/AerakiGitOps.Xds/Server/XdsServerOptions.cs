namespace AerakiGitOps.Xds.Server;

/// <summary>Limits of the xDS protocol handling. The defaults suit a few thousand proxies per replica.</summary>
public sealed class XdsServerOptions
{
    /// <summary>Concurrent discovery streams this replica accepts; more are refused with RESOURCE_EXHAUSTED.</summary>
    public int MaxStreams { get; set; } = 10_000;

    /// <summary>Largest request message accepted, in bytes.</summary>
    public int MaxReceiveMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest response message sent, in bytes. A larger response is not sent and is logged.</summary>
    public int MaxSendMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Sustained requests per second per stream. Faster clients are slowed down, not disconnected.</summary>
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>Requests a stream may send in a burst before the rate limit applies.</summary>
    public int RequestBurst { get; set; } = 50;

    /// <summary>How many NACKed versions a stream remembers so that they are never pushed to it again.</summary>
    public int RejectedVersionMemory { get; set; } = 64;
}

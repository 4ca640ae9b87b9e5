using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Server;

/// <summary>Log messages of the protocol handling. Event ids 100-199 are reserved for this class.</summary>
internal static partial class XdsServerLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "xDS stream {StreamId} opened ({Api} {Mode}) from {Peer}")]
    public static partial void StreamOpened(ILogger logger, long streamId, XdsApi api, string mode, string peer);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "xDS stream {StreamId} closed")]
    public static partial void StreamClosed(ILogger logger, long streamId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Refused xDS stream from {Peer}: stream limit reached ({Limit} open streams, see MaxStreams)")]
    public static partial void StreamRefused(ILogger logger, string peer, int limit);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "xDS stream {StreamId} belongs to node {NodeId} (cluster {Cluster})")]
    public static partial void NodeIdentified(ILogger logger, long streamId, string nodeId, string cluster);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "xDS stream {StreamId} (node {NodeId}) asked for type {TypeUrl}, which this server does not serve: it gets no resources (logged once per stream and type)")]
    public static partial void UnservedType(ILogger logger, long streamId, string? nodeId, string typeUrl);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "xDS stream {StreamId} sent stale nonce '{Nonce}' (latest is '{LatestNonce}'): request ignored")]
    public static partial void StaleRequest(ILogger logger, long streamId, string nonce, string? latestNonce);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "xDS stream {StreamId} (node {NodeId}) NACKed version {Version}: {Message}. That version will not be pushed to it again")]
    public static partial void Nacked(ILogger logger, long streamId, string? nodeId, string? version, string message);

    [LoggerMessage(EventId = 107, Level = LogLevel.Debug, Message = "xDS stream {StreamId} ACKed version {Version}")]
    public static partial void Acked(ILogger logger, long streamId, string version);

    [LoggerMessage(EventId = 108, Level = LogLevel.Debug, Message = "xDS stream {StreamId} sent version {Version}: {ResourceCount} resources, {RemovedCount} removed, nonce {Nonce}")]
    public static partial void Pushed(ILogger logger, long streamId, string version, int resourceCount, int removedCount, string nonce);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning, Message = "xDS stream {StreamId} (node {NodeId}) exceeds the request rate limit ({Rate} requests/s, burst {Burst}): its requests are delayed (logged once per stream)")]
    public static partial void RateLimited(ILogger logger, long streamId, string? nodeId, int rate, int burst);

    [LoggerMessage(EventId = 110, Level = LogLevel.Error, Message = "xDS stream {StreamId} (node {NodeId}): response of {Size} bytes exceeds the message size limit of {Limit} bytes and was not sent")]
    public static partial void ResponseTooLarge(ILogger logger, long streamId, string? nodeId, int size, int limit);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "xDS stream {StreamId} (node {NodeId}) ended by a request error: {Detail} (message size limit {Limit} bytes)")]
    public static partial void RequestFailed(ILogger logger, long streamId, string? nodeId, string detail, int limit);

    [LoggerMessage(EventId = 114, Level = LogLevel.Warning, Message = "xDS stream {StreamId} (node {NodeId}) ended: a request is not a valid protobuf message ({Detail})")]
    public static partial void RequestUnreadable(ILogger logger, long streamId, string? nodeId, string detail);

    [LoggerMessage(EventId = 112, Level = LogLevel.Debug, Message = "xDS stream {StreamId}: version {Version} was NACKed before and is not pushed again")]
    public static partial void RejectedVersionSkipped(ILogger logger, long streamId, string version);

    [LoggerMessage(EventId = 113, Level = LogLevel.Debug, Message = "xDS stream {StreamId}: writing a response failed, closing the stream")]
    public static partial void WriteFailed(ILogger logger, long streamId, Exception exception);
}

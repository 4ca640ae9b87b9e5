using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Sources;

/// <summary>Log messages of the snapshot sources and the reconciler. Event ids 200-299.</summary>
internal static partial class SourceLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Serving snapshot {Version} (commit '{SourceCommit}') from {Source}: {RouteCount} route configs, {Upserted} new or changed, {Removed} removed, loaded in {DurationMs} ms")]
    public static partial void Published(ILogger logger, string version, string sourceCommit, string source, int routeCount, int upserted, int removed, long durationMs);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Snapshot from {Source} rejected (commit '{SourceCommit}'); still serving {ServedVersion}:\n{Diagnostics}")]
    public static partial void Rejected(ILogger logger, string source, string sourceCommit, string? servedVersion, string diagnostics);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Snapshot from {Source} not complete yet, retrying: {Reason}")]
    public static partial void Pending(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "Snapshot from {Source} unchanged")]
    public static partial void Unchanged(ILogger logger, string source);

    [LoggerMessage(EventId = 204, Level = LogLevel.Critical, Message = "The first snapshot from {Source} could not be loaded (commit '{SourceCommit}'); not starting:\n{Diagnostics}")]
    public static partial void FirstLoadFailed(ILogger logger, string source, string sourceCommit, string diagnostics);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "Snapshot from {Source} has the same content as the served one ({Version}); nothing pushed")]
    public static partial void SameContent(ILogger logger, string source, string version);

    [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "Refresh of {Source} requested")]
    public static partial void RefreshRequested(ILogger logger, string source);
}

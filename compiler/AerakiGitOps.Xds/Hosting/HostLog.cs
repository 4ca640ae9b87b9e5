using System.Net;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>Log messages of the host. Event ids 300-399.</summary>
internal static partial class HostLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "xDS (gRPC, HTTP/2{Tls}) listening on {XdsEndPoint}; health, metrics and debug (HTTP/1.1) on {HttpEndPoint}")]
    public static partial void Listening(ILogger logger, string tls, IPEndPoint? xdsEndPoint, IPEndPoint? httpEndPoint);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Stopping: ending xDS streams so proxies reconnect to another replica")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Client certificate refused: {Reason} (subject '{Subject}')")]
    public static partial void ClientCertificateRefused(ILogger logger, string reason, string? subject);
}

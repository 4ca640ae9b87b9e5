using Grpc.Core;
using Microsoft.Extensions.Hosting;

namespace AerakiGitOps.Xds.Server;

/// <summary>
/// xDS streams never end on their own, so graceful shutdown must end them: each call's token is
/// linked to ApplicationStopping. Ended streams finish with OK and proxies reconnect to another
/// replica, which serves the same versions.
/// </summary>
internal static class ServerShutdown
{
    public static CancellationTokenSource Link(ServerCallContext context, IHostApplicationLifetime lifetime) =>
        CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
}

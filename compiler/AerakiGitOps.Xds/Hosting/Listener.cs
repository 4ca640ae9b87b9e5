using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>
/// Keeps the two ports apart: gRPC only on the xDS port, the operator endpoints only on the HTTP
/// port. Each connection is tagged with its listener when accepted, so this works with port 0 too.
/// </summary>
internal static class Listener
{
    public const string Xds = "xds";
    public const string Http = "http";
    private const string ItemKey = "aeraki-gitops.listener";

    public static void Tag(ListenOptions listen, string name) =>
        listen.Use(next => connection =>
        {
            connection.Items[ItemKey] = name;
            return next(connection);
        });

    /// <summary>Middleware answering 404 to a request that arrived on the wrong port.</summary>
    public static Task Filter(HttpContext context, RequestDelegate next)
    {
        var items = context.Features.Get<IConnectionItemsFeature>()?.Items;
        var listener = items is not null && items.TryGetValue(ItemKey, out var value) ? value as string : null;
        var isGrpc = context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;
        if (listener is not null && (listener == Xds) != isGrpc)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}

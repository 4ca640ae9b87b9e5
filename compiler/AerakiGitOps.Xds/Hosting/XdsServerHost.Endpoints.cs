using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>The routes of both ports.</summary>
public sealed partial class XdsServerHost
{
    private const string Json = "application/json";

    private static void MapEndpoints(WebApplication app)
    {
        app.Use(Listener.Filter);
        app.MapGrpcService<RouteDiscoveryEndpoint>();
        app.MapGrpcService<AggregatedDiscoveryEndpoint>();
        app.MapGrpcHealthChecksService();

        var cache = app.Services.GetRequiredService<SnapshotCache>();
        var metrics = app.Services.GetRequiredService<XdsMetrics>();
        var clients = app.Services.GetRequiredService<XdsClientRegistry>();
        var reconciler = app.Services.GetRequiredService<SnapshotReconciler>();

        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", () => cache.Current is null
            ? Results.Text("no snapshot served yet\n", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ready\n"));
        app.MapGet("/metrics", () => Results.Text(MetricsReport.Render(metrics, cache), "text/plain; version=0.0.4; charset=utf-8"));
        app.MapGet("/debug/snapshot", () => Results.Text(DebugReport.Snapshot(cache.Current), Json));
        app.MapGet("/debug/clients", () => Results.Text(DebugReport.Clients(clients), Json));
        app.MapGet("/debug/status", () => Results.Text(DebugReport.Status(cache, metrics, reconciler.Source), Json));
        app.MapPost("/refresh", () =>
        {
            reconciler.RequestRefresh();
            return Results.Text("refresh requested\n", statusCode: StatusCodes.Status202Accepted);
        });
    }
}

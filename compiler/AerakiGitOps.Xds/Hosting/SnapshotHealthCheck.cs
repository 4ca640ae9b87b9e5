using AerakiGitOps.Xds.Snapshots;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>Backs the standard gRPC health service: SERVING once a snapshot is served.</summary>
internal sealed class SnapshotHealthCheck(SnapshotCache cache) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(cache.Current is { } snapshot
            ? HealthCheckResult.Healthy($"serving {snapshot.Version}")
            : HealthCheckResult.Unhealthy("no snapshot served yet"));
}

using AerakiGitOps.Xds.Snapshots;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Server;

/// <summary>What every stream needs from the server; shared by all streams.</summary>
internal sealed record StreamServices(
    ISnapshotCache Cache,
    XdsServerOptions Options,
    XdsMetrics Metrics,
    XdsClientRegistry Registry,
    ILogger Logger);

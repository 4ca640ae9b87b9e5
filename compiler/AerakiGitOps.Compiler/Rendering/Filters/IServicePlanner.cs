using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>Plans the manifests of one service at a time: services are independent, so they are planned in parallel.</summary>
internal interface IServicePlanner
{
    /// <summary>Whether the service has anything for this planner (a port of its protocol); others are skipped.</summary>
    bool Plans(ServiceModel service);

    IEnumerable<PlannedManifest> Plan(ServiceModel service);
}

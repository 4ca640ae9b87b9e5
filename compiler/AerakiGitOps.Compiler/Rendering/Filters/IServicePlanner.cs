using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Caching;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>Plans the manifests of one service at a time: services are independent, so they are planned in parallel.</summary>
internal interface IServicePlanner
{
    /// <summary>Whether the service has anything for this planner (a port of its protocol); others are skipped.</summary>
    bool Plans(ServiceModel service);

    IEnumerable<PlannedManifest> Plan(ServiceModel service);

    /// <summary>
    /// Everything <see cref="Plan"/> reads for <paramref name="service"/>, so that a render cache can hand back
    /// the manifests of a service whose inputs are the same objects as in the last compilation without planning
    /// it again; null when the planner cannot list them (it reads other services), so the service is always planned.
    /// </summary>
    PlanInputs? InputsOf(ServiceModel service);
}

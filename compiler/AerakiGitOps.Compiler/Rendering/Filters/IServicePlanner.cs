using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>Plans the manifests of one service at a time: services are independent, so they are planned in parallel.</summary>
internal interface IServicePlanner
{
    IEnumerable<PlannedManifest> Plan(ServiceModel service);
}

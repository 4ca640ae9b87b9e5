using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>
/// Which route of a route config a request takes: the first whose matchers all match, with its 0-based index,
/// or no route (<see cref="Route"/> null, <see cref="Index"/> -1).
/// </summary>
public sealed record RouteEvaluation(RouteConfiguration Config, Route? Route, int Index)
{
    public bool Matched => Route is not null;

    /// <summary>"route 'name' (#2 of host_port)", or "route #2 of host_port" for an unnamed route.</summary>
    public string RouteLabel => Route is null
        ? $"no route of {Config.Name}"
        : Route.Name.Length == 0 ? $"route #{Index + 1} of {Config.Name}" : $"route '{Route.Name}' (#{Index + 1} of {Config.Name})";
}

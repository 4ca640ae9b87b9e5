using AerakiGitOps.Compiler.Pipeline;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// Compares two compilations in memory (no disk, no git): the route snapshots route config by route config,
/// and the generated objects by kind, namespace and name.
/// </summary>
public static class PolicyDiffer
{
    /// <summary>Both results must have compiled without errors (they carry a snapshot).</summary>
    public static PolicyDiff Compare(CompilationResult before, CompilationResult after)
    {
        if (before.Snapshot is null || after.Snapshot is null)
        {
            throw new ArgumentException("both compilations must have succeeded; report their diagnostics instead of diffing");
        }

        var baseConfigs = before.Snapshot.Routes.ToDictionary(r => r.Name, r => r.RouteConfig, StringComparer.Ordinal);
        var headConfigs = after.Snapshot.Routes.ToDictionary(r => r.Name, r => r.RouteConfig, StringComparer.Ordinal);
        var routeConfigs = baseConfigs.Keys.Union(headConfigs.Keys)
            .Order(StringComparer.Ordinal)
            .Select(name => RouteConfigDiffer.Compare(name, baseConfigs.GetValueOrDefault(name), headConfigs.GetValueOrDefault(name)))
            .OfType<RouteConfigDiff>()
            .ToList();

        return new PolicyDiff
        {
            BaseCommit = before.SourceCommit,
            HeadCommit = after.SourceCommit,
            RouteConfigs = [.. routeConfigs],
            TrafficShifts = [.. routeConfigs.SelectMany(c => c.Routes.SelectMany(r => Diff.TrafficShifts.Of(c.Name, r)))],
            Manifests = [.. ManifestDiffer.Compare(before.Manifests, after.Manifests)],
        };
    }

    /// <summary>Compares two route configs alone (null for an absent side); null when they are equal.</summary>
    public static RouteConfigDiff? Compare(string name, RouteConfiguration? before, RouteConfiguration? after)
        => RouteConfigDiffer.Compare(name, before, after);
}

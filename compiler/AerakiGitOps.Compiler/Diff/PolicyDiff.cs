using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// The semantic difference between two compilations: route configs and their routes, generated objects, and
/// the traffic shifts in plain words. Every list is in a fixed order (route configs and objects by name), so
/// the same two inputs always print the same diff.
/// </summary>
public sealed record PolicyDiff
{
    /// <summary>The git commit of the base, when it was compiled from git.</summary>
    public string? BaseCommit { get; init; }

    public string? HeadCommit { get; init; }

    public ImmutableArray<TrafficShift> TrafficShifts { get; init; } = [];

    public ImmutableArray<RouteConfigDiff> RouteConfigs { get; init; } = [];

    public ImmutableArray<ManifestDiff> Manifests { get; init; } = [];

    public bool IsEmpty => RouteConfigs.IsEmpty && Manifests.IsEmpty;

    /// <summary>"route configs: 1 changed; routes: 1 added, 2 changed; manifests: 1 changed", or "no difference".</summary>
    public string Summary
    {
        get
        {
            if (IsEmpty)
            {
                return "no difference";
            }

            var routes = RouteConfigs.SelectMany(c => c.Routes).Select(r => r.Change).ToList();
            var parts = new[]
            {
                Counts("route configs", RouteConfigs.Select(c => c.Change).ToList()),
                Counts("routes", routes),
                Counts("manifests", Manifests.Select(m => m.Change).ToList()),
            };
            return string.Join("; ", parts.Where(p => p.Length > 0));
        }
    }

    private static string Counts(string what, IReadOnlyList<ChangeKind> changes)
    {
        var counts = new[] { ChangeKind.Added, ChangeKind.Removed, ChangeKind.Changed }
            .Select(kind => (Kind: kind, Count: changes.Count(c => c == kind)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {c.Kind.ToString().ToLowerInvariant()}")
            .ToList();
        return counts.Count == 0 ? string.Empty : $"{what}: {string.Join(", ", counts)}";
    }
}

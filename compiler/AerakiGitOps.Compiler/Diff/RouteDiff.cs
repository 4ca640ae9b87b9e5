using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// One route that differs: added (only <see cref="Head"/>), removed (only <see cref="Base"/>) or changed (both,
/// with the <see cref="Aspects"/> that differ).
/// </summary>
public sealed record RouteDiff(ChangeKind Change, RouteSummary? Base, RouteSummary? Head, ImmutableArray<RouteAspect> Aspects)
{
    /// <summary>The route's name, or its position when it has none.</summary>
    public string Name => (Head ?? Base)!.Name;

    public string DisplayName => (Head ?? Base)!.DisplayName;
}

using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// What the native Dubbo and Thrift filters take from a VirtualService: one route per http[].match[]
/// entry (the matches of one http route are alternatives, so each becomes its own route with the same
/// action; Aeraki reads only match[0]), and the action from http[].route[].
/// </summary>
internal static class NativeRoutes
{
    /// <summary>Each (http route, match) pair in order; an http route without matches yields one pair with a null match.</summary>
    public static IEnumerable<(HttpRouteSpec Route, HttpMatchSpec? Match)> Entries(VirtualServiceSpec virtualService)
    {
        foreach (var route in virtualService.Http)
        {
            if (route.Matches.IsDefaultOrEmpty)
            {
                yield return (route, null);
                continue;
            }

            foreach (var match in route.Matches)
            {
                yield return (route, match);
            }
        }
    }

    /// <summary>
    /// One destination is a plain cluster, several are weighted clusters. As in Aeraki the cluster is
    /// always this service's host and port with the destination's subset (destination host and port are
    /// not used: the filter sits on this service's listener).
    /// </summary>
    public static RouteActionView Action(HttpRouteSpec route, uint port, string host, bool withTotalWeight)
    {
        var destinations = route.Route.Where(d => d.Destination is not null).ToList();
        if (destinations.Count <= 1)
        {
            return RouteActionView.To(ClusterNames.Outbound(port, destinations.FirstOrDefault()?.Destination?.Subset ?? string.Empty, host));
        }

        var clusters = destinations.Select(d => new ClusterWeightView(ClusterNames.Outbound(port, d.Destination!.Subset, host), d.Weight ?? 0)).ToList();
        return new RouteActionView(null, clusters, withTotalWeight ? (uint)clusters.Sum(c => (long)c.Weight) : null);
    }

    /// <summary>Header matches sorted by name (Aeraki iterates a Go map, so its order is random); unset matches are skipped.</summary>
    public static IReadOnlyList<HeaderMatcherView> Headers(HttpMatchSpec? match)
        => match is null
            ? []
            : match.Headers
                .Where(h => h.Match.Kind is StringMatchKind.Exact or StringMatchKind.Prefix or StringMatchKind.Regex)
                .OrderBy(h => h.Name, StringComparer.Ordinal)
                .Select(h => new HeaderMatcherView(h.Name, h.Match.Kind.ToString().ToLowerInvariant(), h.Match.Value))
                .ToList();
}

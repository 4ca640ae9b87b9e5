using System.Collections.Immutable;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// Compares two versions of one route config. Routes are paired by name; routes with the same name (or no name)
/// pair by occurrence, so unnamed routes pair by their position among the unnamed routes. The result lists the
/// routes in head order, then the removed ones in base order.
/// </summary>
internal static class RouteConfigDiffer
{
    public static RouteConfigDiff? Compare(string name, RouteConfiguration? before, RouteConfiguration? after)
    {
        if (before is not null && after is not null && before.Equals(after))
        {
            return null;
        }

        var baseRoutes = Keyed(before);
        var headRoutes = Keyed(after);
        var change = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Changed;
        var baseByKey = baseRoutes.ToDictionary(r => r.Key, r => r);
        var shared = headRoutes.Where(r => baseByKey.ContainsKey(r.Key)).Select(r => r.Key).ToList();
        var moved = RouteOrder.Moved(baseRoutes.Where(r => shared.Contains(r.Key)).Select(r => r.Key).ToList(), shared);

        var diffs = new List<RouteDiff>();
        foreach (var head in headRoutes)
        {
            if (!baseByKey.TryGetValue(head.Key, out var old))
            {
                diffs.Add(new RouteDiff(ChangeKind.Added, null, head.Summary, []));
            }
            else if (Aspects(old, head, moved.Contains(head.Key)) is { Length: > 0 } aspects)
            {
                diffs.Add(new RouteDiff(ChangeKind.Changed, old.Summary, head.Summary, aspects));
            }
        }

        var headKeys = headRoutes.Select(r => r.Key).ToHashSet();
        diffs.AddRange(baseRoutes.Where(r => !headKeys.Contains(r.Key)).Select(r => new RouteDiff(ChangeKind.Removed, r.Summary, null, [])));
        return new RouteConfigDiff(name, change, [.. diffs]);
    }

    private static ImmutableArray<RouteAspect> Aspects(KeyedRoute before, KeyedRoute after, bool moved)
    {
        var (a, b) = (before.Summary, after.Summary);
        var aspects = new List<RouteAspect>();
        Add(aspects, RouteAspect.Match, a.Matchers.SequenceEqual(b.Matchers));
        Add(aspects, RouteAspect.Destinations, a.IsSplit == b.IsSplit && a.TotalWeight == b.TotalWeight && a.Destinations.SequenceEqual(b.Destinations));
        Add(aspects, RouteAspect.Mirror, a.Mirrors.SequenceEqual(b.Mirrors));
        Add(aspects, RouteAspect.HashPolicy, a.HashHeaders.SequenceEqual(b.HashHeaders));
        Add(aspects, RouteAspect.RequestMutation, a.RequestMutation.SequenceEqual(b.RequestMutation));
        Add(aspects, RouteAspect.ResponseMutation, a.ResponseMutation.SequenceEqual(b.ResponseMutation));
        Add(aspects, RouteAspect.Order, !moved);
        Add(aspects, RouteAspect.Other, aspects.Count > 0 || before.Route.Equals(after.Route));
        return [.. aspects];
    }

    private static void Add(List<RouteAspect> aspects, RouteAspect aspect, bool same)
    {
        if (!same)
        {
            aspects.Add(aspect);
        }
    }

    private static List<KeyedRoute> Keyed(RouteConfiguration? config)
    {
        var routes = config?.VirtualHosts.SelectMany(v => v.Routes).ToList() ?? [];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<KeyedRoute>();
        for (var index = 0; index < routes.Count; index++)
        {
            var name = routes[index].Name;
            var occurrence = seen[name] = seen.GetValueOrDefault(name) + 1;
            keyed.Add(new KeyedRoute(new RouteKey(name, occurrence), routes[index], RouteSummaries.From(routes[index], index)));
        }

        return keyed;
    }

    private sealed record RouteKey(string Name, int Occurrence);

    private sealed record KeyedRoute(RouteKey Key, Route Route, RouteSummary Summary);
}

using System.Globalization;

namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>One line of text per route aspect, shared by the text and markdown formats.</summary>
internal static class RouteText
{
    public static string AspectName(RouteAspect aspect) => aspect switch
    {
        RouteAspect.HashPolicy => "hash policy",
        RouteAspect.RequestMutation => "request mutation",
        RouteAspect.ResponseMutation => "response mutation",
        _ => aspect.ToString().ToLowerInvariant(),
    };

    /// <summary>The aspects worth showing for a route on its own (an added route): those that are set.</summary>
    public static IEnumerable<RouteAspect> SetAspects(RouteSummary route)
    {
        yield return RouteAspect.Match;
        yield return RouteAspect.Destinations;
        if (!route.Mirrors.IsEmpty)
        {
            yield return RouteAspect.Mirror;
        }

        if (!route.HashHeaders.IsEmpty)
        {
            yield return RouteAspect.HashPolicy;
        }

        if (!route.RequestMutation.IsEmpty)
        {
            yield return RouteAspect.RequestMutation;
        }

        if (!route.ResponseMutation.IsEmpty)
        {
            yield return RouteAspect.ResponseMutation;
        }
    }

    public static string Value(RouteSummary route, RouteAspect aspect) => aspect switch
    {
        RouteAspect.Match => route.Matchers.IsEmpty ? "all requests" : string.Join(", ", route.Matchers.Select(Matcher)),
        RouteAspect.Destinations => Destinations(route),
        RouteAspect.Mirror => List(route.Mirrors.Select(m => $"{m.Cluster} {Percent(m.Percent)}")),
        RouteAspect.HashPolicy => List(route.HashHeaders),
        RouteAspect.RequestMutation => List(route.RequestMutation.Select(m => $"{m.Key}={m.Value}")),
        RouteAspect.ResponseMutation => List(route.ResponseMutation.Select(m => $"{m.Key}={m.Value}")),
        RouteAspect.Order => $"position {route.Index + 1}",
        _ => "(see the route configs)",
    };

    /// <summary>"aspect: before -> after" for a changed route (with the given arrow and value wrapper).</summary>
    public static string Change(RouteDiff route, RouteAspect aspect, string arrow, Func<string, string> value)
        => aspect == RouteAspect.Other
            ? "other: fields outside match, destinations, mirror, hash policy and mutations changed"
            : $"{AspectName(aspect)}: {value(Value(route.Base!, aspect))} {arrow} {value(Value(route.Head!, aspect))}";

    public static string Matcher(MatcherSummary matcher)
    {
        var text = matcher.Kind == "present" ? $"{matcher.Attribute} present" : $"{matcher.Attribute} {matcher.Kind} {matcher.Value}";
        return matcher.Invert ? $"not {text}" : text;
    }

    public static string Percent(double value) => value.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    private static string Destinations(RouteSummary route)
    {
        if (route.Destinations.IsEmpty)
        {
            return "none";
        }

        return route.IsSplit
            ? $"{string.Join(", ", route.Destinations.Select(d => $"{d.Cluster} {d.Weight}"))} (total {route.TotalWeight})"
            : route.Destinations[0].Cluster;
    }

    private static string List(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}

using AerakiGitOps.Compiler.RouteTests;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>Reads a <see cref="RouteSummary"/> from a compiled route.</summary>
internal static class RouteSummaries
{
    public static RouteSummary From(Route route, int index)
    {
        var action = route.Route_;
        var split = action?.ClusterSpecifierCase == RouteAction.ClusterSpecifierOneofCase.WeightedClusters;
        return new RouteSummary
        {
            Name = route.Name,
            Index = index,
            Matchers = [.. route.Match?.Headers.Select(Matcher) ?? []],
            IsSplit = split,
            Destinations = split
                ? [.. RouteActions.Weights(action!).Select(w => new WeightedDestination(w.Cluster, w.Weight))]
                : action?.ClusterSpecifierCase == RouteAction.ClusterSpecifierOneofCase.Cluster ? [new WeightedDestination(action.Cluster, 1)] : [],
            TotalWeight = split ? action!.WeightedClusters.TotalWeight ?? 0 : 1,
            Mirrors = [.. action?.RequestMirrorPolicies.Select(m => new MirrorSummary(m.Cluster, RouteActions.Percent(RouteActions.MirrorMillionths(m)))) ?? []],
            HashHeaders = [.. action?.HashPolicy.Select(h => h.Header?.HeaderName ?? string.Empty) ?? []],
            RequestMutation = [.. route.RequestHeadersToAdd.Select(h => new KeyValueSummary(h.Header?.Key ?? string.Empty, h.Header?.Value ?? string.Empty))],
            ResponseMutation = [.. route.ResponseHeadersToAdd.Select(h => new KeyValueSummary(h.Header?.Key ?? string.Empty, h.Header?.Value ?? string.Empty))],
        };
    }

    private static MatcherSummary Matcher(HeaderMatcher matcher)
    {
        var (kind, value) = matcher.HeaderMatchSpecifierCase switch
        {
            HeaderMatcher.HeaderMatchSpecifierOneofCase.ExactMatch => ("exact", matcher.ExactMatch),
            HeaderMatcher.HeaderMatchSpecifierOneofCase.PrefixMatch => ("prefix", matcher.PrefixMatch),
            HeaderMatcher.HeaderMatchSpecifierOneofCase.SuffixMatch => ("suffix", matcher.SuffixMatch),
            HeaderMatcher.HeaderMatchSpecifierOneofCase.SafeRegexMatch => ("regex", matcher.SafeRegexMatch.Regex),
            HeaderMatcher.HeaderMatchSpecifierOneofCase.PresentMatch => ("present", string.Empty),
            HeaderMatcher.HeaderMatchSpecifierOneofCase.None => ("present", string.Empty),
            _ => ("other", matcher.ToString()),
        };
        return new MatcherSummary(matcher.Name, kind, value, matcher.InvertMatch);
    }
}

using System.Globalization;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>
/// Compares what a route test expects with the route the request took. Each mismatch is one
/// (expected, actual) pair of phrases for the AGO6001 message; no mismatch means the test passed.
/// </summary>
internal static class ExpectationChecker
{
    public static IReadOnlyList<(string Expected, string Actual)> Mismatches(RouteExpectationSpec expect, RouteEvaluation evaluation)
    {
        var mismatches = new List<(string, string)>();
        if (expect.NoRoute)
        {
            if (evaluation.Matched)
            {
                mismatches.Add(("no route", $"{evaluation.RouteLabel} matches and sends it to {RouteActions.Destination(evaluation.Route!.Route_)}"));
            }

            return mismatches;
        }

        if (!evaluation.Matched)
        {
            mismatches.Add((ExpectedDestination(expect), $"no route of {evaluation.Config.Name} matches (it has {RouteCount(evaluation)} route(s))"));
            return mismatches;
        }

        var action = evaluation.Route!.Route_;
        if (!DestinationMatches(expect, action))
        {
            mismatches.Add((ExpectedDestination(expect), $"{evaluation.RouteLabel} sends it to {RouteActions.Destination(action)}"));
        }

        if (expect.Route is { } routeName && routeName != evaluation.Route.Name)
        {
            mismatches.Add(($"route '{routeName}'", $"{evaluation.RouteLabel} matched first"));
        }

        if (expect.HashPolicy is { } headers)
        {
            var actual = action?.HashPolicy.Select(h => h.Header?.HeaderName ?? string.Empty).ToList() ?? [];
            if (!headers.SequenceEqual(actual, StringComparer.Ordinal))
            {
                mismatches.Add(($"hash policy {RouteActions.HeaderList(headers)}", $"{evaluation.RouteLabel} hashes on {RouteActions.HeaderList(actual)}"));
            }
        }

        if (expect.Mirror is { } mirror && !MirrorMatches(mirror, action))
        {
            var actual = RouteActions.Mirrors(action);
            var mirrors = actual.Count == 0 ? "mirrors nothing" : $"mirrors to {string.Join(", ", actual)}";
            mismatches.Add(($"mirror to {mirror.Cluster} at {Millionths(mirror) / 10_000.0:0.####}%", $"{evaluation.RouteLabel} {mirrors}"));
        }

        return mismatches;
    }

    private static string ExpectedDestination(RouteExpectationSpec expect)
        => expect.Cluster is { } cluster
            ? $"cluster {cluster}"
            : $"weighted clusters {RouteActions.WeightList(expect.WeightedClusters.Select(w => (w.Cluster, w.Weight)))}";

    private static bool DestinationMatches(RouteExpectationSpec expect, Envoy.Config.Route.V3.RouteAction? action)
    {
        if (action is null)
        {
            return false;
        }

        if (expect.Cluster is { } cluster)
        {
            return action.ClusterSpecifierCase == Envoy.Config.Route.V3.RouteAction.ClusterSpecifierOneofCase.Cluster && action.Cluster == cluster;
        }

        // A split is a set: the order of the entries does not change where requests go.
        var expected = expect.WeightedClusters.Select(w => (w.Cluster, w.Weight)).Order().ToList();
        var actual = RouteActions.Weights(action).Order().ToList();
        return action.ClusterSpecifierCase == Envoy.Config.Route.V3.RouteAction.ClusterSpecifierOneofCase.WeightedClusters && expected.SequenceEqual(actual);
    }

    private static bool MirrorMatches(ExpectedMirrorSpec mirror, Envoy.Config.Route.V3.RouteAction? action)
        => action is not null
           && action.RequestMirrorPolicies.Count == 1
           && action.RequestMirrorPolicies[0].Cluster == mirror.Cluster
           && RouteActions.MirrorMillionths(action.RequestMirrorPolicies[0]) == Millionths(mirror);

    /// <summary>The same rounding the renderer applies (floor of p × 10000 per million).</summary>
    private static long Millionths(ExpectedMirrorSpec mirror) => RouteConfigBuilder.MirrorFraction(mirror.Percentage).Numerator;

    private static string RouteCount(RouteEvaluation evaluation)
        => evaluation.Config.VirtualHosts.Sum(v => v.Routes.Count).ToString(CultureInfo.InvariantCulture);
}

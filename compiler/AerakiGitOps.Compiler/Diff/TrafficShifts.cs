namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// Derives the traffic shifts of a changed route: for every cluster on either side whose share of the route's
/// requests (weight / total weight) or whose mirrored share differs. Added and removed routes are listed as
/// routes, not as shifts: which route took their requests before depends on the other routes.
/// </summary>
internal static class TrafficShifts
{
    public static IEnumerable<TrafficShift> Of(string routeConfig, RouteDiff route)
    {
        if (route is not { Change: ChangeKind.Changed, Base: { } before, Head: { } after })
        {
            yield break;
        }

        var condition = MatchPhrases.Condition(after.Matchers);
        var served = Shares(before.Destinations.Select(d => (d.Cluster, before.PercentOf(d))), after.Destinations.Select(d => (d.Cluster, after.PercentOf(d))));
        foreach (var (cluster, from, to) in served)
        {
            yield return new TrafficShift(routeConfig, after.DisplayName, false, cluster, ClusterDescriptions.Describe(cluster), from, to, condition);
        }

        var mirrored = Shares(before.Mirrors.Select(m => (m.Cluster, m.Percent)), after.Mirrors.Select(m => (m.Cluster, m.Percent)));
        foreach (var (cluster, from, to) in mirrored)
        {
            yield return new TrafficShift(routeConfig, after.DisplayName, true, cluster, ClusterDescriptions.Describe(cluster), from, to, condition);
        }
    }

    /// <summary>Clusters whose percentage differs, head clusters first (in head order), then clusters only the base has.</summary>
    private static IEnumerable<(string Cluster, double Before, double After)> Shares(IEnumerable<(string Cluster, double Percent)> before, IEnumerable<(string Cluster, double Percent)> after)
    {
        var old = Sum(before);
        var current = Sum(after);
        foreach (var cluster in current.Keys.Concat(old.Keys.Where(k => !current.ContainsKey(k))))
        {
            var from = old.GetValueOrDefault(cluster);
            var to = current.GetValueOrDefault(cluster);
            if (Math.Abs(from - to) > 1e-9)
            {
                yield return (cluster, from, to);
            }
        }
    }

    /// <summary>Percent per cluster; a cluster listed twice gets the sum; keys stay in first-seen order.</summary>
    private static OrderedDictionary<string, double> Sum(IEnumerable<(string Cluster, double Percent)> shares)
    {
        var sums = new OrderedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (cluster, percent) in shares)
        {
            sums[cluster] = sums.GetValueOrDefault(cluster) + percent;
        }

        return sums;
    }
}

using System.Globalization;
using Envoy.Config.Route.V3;
using Envoy.Type.V3;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>Reads and describes route actions in the words route-test failures use.</summary>
internal static class RouteActions
{
    /// <summary>"cluster X" or "weighted clusters [A 80, B 20]".</summary>
    public static string Destination(RouteAction? action) => action?.ClusterSpecifierCase switch
    {
        RouteAction.ClusterSpecifierOneofCase.Cluster => $"cluster {action.Cluster}",
        RouteAction.ClusterSpecifierOneofCase.WeightedClusters => $"weighted clusters {WeightList(Weights(action))}",
        _ => "no destination",
    };

    public static IReadOnlyList<(string Cluster, uint Weight)> Weights(RouteAction action)
        => action.WeightedClusters?.Clusters.Select(c => (c.Name, c.Weight ?? 0)).ToList() ?? [];

    public static string WeightList(IEnumerable<(string Cluster, uint Weight)> weights)
        => $"[{string.Join(", ", weights.Select(w => $"{w.Cluster} {w.Weight}"))}]";

    public static string HeaderList(IEnumerable<string> headers)
    {
        var list = headers.ToList();
        return list.Count == 0 ? "[none]" : $"[{string.Join(", ", list)}]";
    }

    /// <summary>Mirrors as "C at 12.5%".</summary>
    public static IReadOnlyList<string> Mirrors(RouteAction? action)
        => action?.RequestMirrorPolicies.Select(m => $"{m.Cluster} at {Percent(MirrorMillionths(m)).ToString("0.####", CultureInfo.InvariantCulture)}%").ToList() ?? [];

    /// <summary>The share of requests a mirror copies, in millionths (no runtime fraction means all of them).</summary>
    public static long MirrorMillionths(RouteAction.Types.RequestMirrorPolicy mirror)
    {
        var fraction = mirror.RuntimeFraction?.DefaultValue;
        if (fraction is null)
        {
            return 1_000_000;
        }

        var scale = fraction.Denominator switch
        {
            FractionalPercent.Types.DenominatorType.Hundred => 10_000,
            FractionalPercent.Types.DenominatorType.TenThousand => 100,
            _ => 1,
        };
        return Math.Min(1_000_000, (long)fraction.Numerator * scale);
    }

    public static double Percent(long millionths) => millionths / 10_000.0;
}

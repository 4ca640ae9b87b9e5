using System.Globalization;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// A change in the share of requests one cluster receives from one route, in plain words: "v2 of demoservice:
/// 20% -> 50% for method sayHello (route canary-say-hello)". <see cref="IsMirror"/> marks the share of requests
/// copied to a mirror rather than served.
/// </summary>
public sealed record TrafficShift(string RouteConfig, string Route, bool IsMirror, string Cluster, string Target, double Before, double After, string Condition)
{
    public string Sentence
        => $"{(IsMirror ? "mirror to " : string.Empty)}{Target}: {Percent(Before)} -> {Percent(After)} for {Condition} (route {Route})";

    public static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

using AerakiGitOps.Protos.Snapshot;
using AerakiGitOps.Xds.Snapshots;
using Envoy.Config.Route.V3;
using Google.Protobuf;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>Builds route snapshots shaped like the compiler's output.</summary>
internal static class TestRoutes
{
    public static RouteConfiguration Config(string name, string cluster) => new()
    {
        Name = name,
        VirtualHosts =
        {
            new VirtualHost
            {
                Name = "dummy",
                Domains = { "*" },
                Routes =
                {
                    new Route
                    {
                        Name = "default",
                        Match = new RouteMatch { Prefix = "/" },
                        Route_ = new RouteAction { Cluster = cluster },
                    },
                },
            },
        },
    };

    /// <summary>A snapshot of (name, cluster) pairs with content-hash versions.</summary>
    public static RouteSnapshot Snapshot(string sourceCommit, params (string Name, string Cluster)[] routes)
    {
        var snapshot = new RouteSnapshot { SourceCommit = sourceCommit };
        foreach (var (name, cluster) in routes.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var config = Config(name, cluster);
            snapshot.Routes.Add(new SnapshotRoute { Name = name, Version = VersionOf(config), RouteConfig = config });
        }

        snapshot.Version = ContentHash.OfPairs(snapshot.Routes.Select(r => KeyValuePair.Create(r.Name, r.Version)));
        return snapshot;
    }

    public static XdsSnapshot Xds(params (string Name, string Cluster)[] routes) => XdsSnapshot.Create(Snapshot("c0ffee", routes));

    public static string VersionOf(RouteConfiguration config) => ContentHash.Sha256Hex(config.ToByteArray());

    /// <summary>The cluster a served Any carries, to assert on content rather than on presence.</summary>
    public static string ClusterOf(Google.Protobuf.WellKnownTypes.Any any) =>
        any.Unpack<RouteConfiguration>().VirtualHosts[0].Routes[0].Route_.Cluster;
}

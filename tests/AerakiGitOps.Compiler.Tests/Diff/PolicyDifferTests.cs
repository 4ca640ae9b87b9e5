using AerakiGitOps.Compiler.Diff;
using static AerakiGitOps.Compiler.Tests.Diff.DiffPolicies;

namespace AerakiGitOps.Compiler.Tests.Diff;

public sealed class PolicyDifferTests
{
    [Fact]
    public void Two_compilations_of_the_same_policies_have_no_difference()
    {
        var routes = Split("canary", "sayHello", 80, 20) + To("default", "v1");

        var diff = PolicyDiffer.Compare(Compile(routes), Compile(routes));

        Assert.True(diff.IsEmpty);
        Assert.Equal("no difference", diff.Summary);
        Assert.Empty(diff.TrafficShifts);
    }

    [Fact]
    public void A_weight_change_is_a_changed_route_with_a_traffic_shift_per_subset()
    {
        var diff = PolicyDiffer.Compare(
            Compile(Split("canary", "sayHello", 80, 20) + To("default", "v1")),
            Compile(Split("canary", "sayHello", 50, 50) + To("default", "v1")));

        var config = Assert.Single(diff.RouteConfigs);
        Assert.Equal(RouteConfig, config.Name);
        Assert.Equal(ChangeKind.Changed, config.Change);
        var route = Assert.Single(config.Routes);
        Assert.Equal("canary", route.Name);
        Assert.Equal([RouteAspect.Destinations], route.Aspects.ToArray());
        Assert.Equal(
            ["v1 of demoservice: 80% -> 50% for method sayHello (route canary)", "v2 of demoservice: 20% -> 50% for method sayHello (route canary)"],
            diff.TrafficShifts.Select(s => s.Sentence));
        Assert.Equal((20d, 50d), (diff.TrafficShifts[1].Before, diff.TrafficShifts[1].After));
        Assert.Equal(Cluster("v2"), diff.TrafficShifts[1].Cluster);
        Assert.Equal("route configs: 1 changed; routes: 1 changed", diff.Summary);
    }

    [Fact]
    public void A_destination_moved_to_another_subset_shifts_all_its_traffic()
    {
        var diff = PolicyDiffer.Compare(Compile(To("hello", "v2", "sayHello") + To("default", "v1")), Compile(To("hello", "v1", "sayHello") + To("default", "v1")));

        Assert.Equal(
            ["v1 of demoservice: 0% -> 100% for method sayHello (route hello)", "v2 of demoservice: 100% -> 0% for method sayHello (route hello)"],
            diff.TrafficShifts.Select(s => s.Sentence));
    }

    [Fact]
    public void Added_and_removed_routes_are_listed_with_their_positions_and_no_traffic_shift()
    {
        var diff = PolicyDiffer.Compare(
            Compile(To("old", "v2", "ping") + To("default", "v1")),
            Compile(To("new", "v2", "pong") + To("default", "v1")));

        var routes = Assert.Single(diff.RouteConfigs).Routes;
        Assert.Equal([("new", ChangeKind.Added), ("old", ChangeKind.Removed)], routes.Select(r => (r.Name, r.Change)));
        Assert.Equal(0, routes[0].Head!.Index);
        Assert.Null(routes[0].Base);
        Assert.Equal(0, routes[1].Base!.Index);
        Assert.Empty(diff.TrafficShifts);
    }

    [Fact]
    public void Swapping_two_routes_reports_an_order_change_on_one_route_only()
    {
        var diff = PolicyDiffer.Compare(
            Compile(To("a", "v1", "ping") + To("b", "v2", "pong") + To("default", "v1")),
            Compile(To("b", "v2", "pong") + To("a", "v1", "ping") + To("default", "v1")));

        var route = Assert.Single(Assert.Single(diff.RouteConfigs).Routes);
        Assert.Equal([RouteAspect.Order], route.Aspects.ToArray());
        Assert.Equal((route.Base!.Index, route.Head!.Index), route.Name == "a" ? (0, 1) : (1, 0));
    }

    [Fact]
    public void Inserting_a_route_moves_no_other_route()
    {
        var diff = PolicyDiffer.Compare(
            Compile(To("a", "v1", "ping") + To("default", "v1")),
            Compile(To("first", "v2", "pong") + To("a", "v1", "ping") + To("default", "v1")));

        var route = Assert.Single(Assert.Single(diff.RouteConfigs).Routes);
        Assert.Equal(("first", ChangeKind.Added), (route.Name, route.Change));
    }

    [Fact]
    public void Match_hash_policy_and_mutation_changes_are_named_aspects()
    {
        var mutation = "    requestMutation:\n    - key: x-a\n      value: one\n";
        var diff = PolicyDiffer.Compare(
            Compile(To("sticky", "sticky", "getUser") + mutation + To("default", "v1"), hashHeader: "user-id"),
            Compile(To("sticky", "sticky", "getUsers") + mutation.Replace("one", "two", StringComparison.Ordinal) + To("default", "v1"), hashHeader: "session-id"));

        var route = Assert.Single(Assert.Single(diff.RouteConfigs).Routes);
        Assert.Equal([RouteAspect.Match, RouteAspect.HashPolicy, RouteAspect.RequestMutation], route.Aspects.ToArray());
        Assert.Equal(["user-id"], route.Base!.HashHeaders.ToArray());
        Assert.Equal(["session-id"], route.Head!.HashHeaders.ToArray());
        Assert.Equal("two", route.Head.RequestMutation[0].Value);
        Assert.Empty(diff.TrafficShifts);
    }

    [Fact]
    public void A_mirror_percentage_change_is_a_mirror_aspect_and_a_mirror_traffic_shift()
    {
        static string Mirror(double percent) => To("batch", "v1", "batch") + $"    mirror: {{host: {Host}, subset: v2}}\n    mirrorPercentage: {{value: {percent}}}\n";

        var diff = PolicyDiffer.Compare(Compile(Mirror(12.5) + To("default", "v1")), Compile(Mirror(50) + To("default", "v1")));

        var route = Assert.Single(Assert.Single(diff.RouteConfigs).Routes);
        Assert.Equal([RouteAspect.Mirror], route.Aspects.ToArray());
        Assert.Equal(12.5, route.Base!.Mirrors[0].Percent);
        var shift = Assert.Single(diff.TrafficShifts);
        Assert.True(shift.IsMirror);
        Assert.Equal("mirror to v2 of demoservice: 12.5% -> 50% for method batch (route batch)", shift.Sentence);
    }

    [Fact]
    public void Unnamed_routes_pair_by_their_position_among_unnamed_routes()
    {
        var diff = PolicyDiffer.Compare(
            Compile(To(string.Empty, "v1", "ping") + To("default", "v1")),
            Compile(To("named", "v2", "pong") + To(string.Empty, "v2", "ping") + To("default", "v1")));

        var routes = Assert.Single(diff.RouteConfigs).Routes;
        Assert.Equal([("named", ChangeKind.Added), ("#2", ChangeKind.Changed)], routes.Select(r => (r.DisplayName, r.Change)));
        Assert.Equal([RouteAspect.Destinations], routes[1].Aspects.ToArray());
    }

    [Fact]
    public void A_new_service_adds_a_route_config_and_its_generated_objects()
    {
        var thrift = """

            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: thrift
              namespace: meta-thrift
            spec:
              clusterIP: 10.96.0.9
              selector: {app: thrift}
              ports:
              - name: tcp-metaprotocol-thrift-server
                port: 9090
            """;
        var routes = To("default", "v1");

        var diff = PolicyDiffer.Compare(Compile(routes), Compile(routes, extra: thrift));

        var config = Assert.Single(diff.RouteConfigs);
        Assert.Equal(("thrift.meta-thrift.svc.cluster.local_9090", ChangeKind.Added), (config.Name, config.Change));
        Assert.Equal(["default"], config.Routes.Select(r => r.Name));
        Assert.All(diff.Manifests, m => Assert.Equal(ChangeKind.Added, m.Change));
        Assert.Equal(
            ["EnvoyFilter istio-system/aeraki-inbound-thrift.meta-thrift.svc.cluster.local-9090", "EnvoyFilter istio-system/aeraki-outbound-thrift.meta-thrift.svc.cluster.local-10.96.0.9-9090"],
            diff.Manifests.Select(m => m.DisplayName));
    }

    [Fact]
    public void A_changed_destination_rule_lists_the_changed_field_path()
    {
        var routes = To("default", "v1");

        var diff = PolicyDiffer.Compare(Compile(routes, hashHeader: "a"), Compile(routes, hashHeader: "b"));

        var manifest = Assert.Single(diff.Manifests);
        Assert.Equal(("DestinationRule", "meta-dubbo", "demoservice", ChangeKind.Changed), (manifest.Kind, manifest.Namespace, manifest.Name, manifest.Change));
        Assert.Equal(["spec.subsets[2].trafficPolicy.loadBalancer.consistentHash.httpHeaderName"], manifest.Paths.ToArray());
    }
}

using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Routes;
using Envoy.Config.Route.V3;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;

namespace AerakiGitOps.Compiler.Tests.Rendering;

public sealed class RouteConfigBuilderTests
{
    private const string Host = "demo.example.com";

    private static readonly string Service = Lines(
        "apiVersion: networking.istio.io/v1",
        "kind: ServiceEntry",
        "metadata: {name: demo, namespace: ns}",
        "spec:",
        $"  hosts: [{Host}]",
        "  addresses: [10.0.0.1]",
        "  resolution: STATIC",
        "  ports: [{number: 20880, name: tcp-metaprotocol-dubbo, protocol: TCP}]");

    private static readonly string DestinationRule = Lines(
        "apiVersion: networking.istio.io/v1",
        "kind: DestinationRule",
        "metadata: {name: demo, namespace: ns}",
        "spec:",
        $"  host: {Host}",
        "  trafficPolicy: {loadBalancer: {consistentHash: {httpHeaderName: top-user}}}",
        "  subsets:",
        "  - {name: v1, labels: {version: v1}}",
        "  - name: sticky",
        "    labels: {version: v2}",
        "    trafficPolicy: {loadBalancer: {consistentHash: {httpHeaderName: sticky-user}}}");

    private static string MetaRouter(params string[] routes) => Lines(
        [
            "apiVersion: metaprotocol.aeraki.io/v1alpha1",
            "kind: MetaRouter",
            "metadata: {name: demo, namespace: ns}",
            "spec:",
            $"  hosts: [{Host}]",
            "  routes:",
            .. routes,
        ]);

    private static RouteConfiguration Build(params (string Path, string Text)[] files)
    {
        var model = BuildModel(files);
        var service = model.ServiceFor(Host)!;
        return new RouteConfigBuilder(model).Build(service, service.Ports[0]);
    }

    private static Route SingleRoute(params string[] routeLines)
        => Assert.Single(Build(("se.yaml", Service), ("dr.yaml", DestinationRule), ("mr.yaml", MetaRouter(routeLines))).VirtualHosts[0].Routes);

    [Fact]
    public void Without_a_meta_router_the_default_route_carries_the_top_level_hash_policy()
    {
        var config = Build(("se.yaml", Service), ("dr.yaml", DestinationRule));

        Assert.Equal($"{Host}_20880", config.Name);
        var virtualHost = Assert.Single(config.VirtualHosts);
        Assert.Equal("dummy", virtualHost.Name);
        Assert.Equal(["*"], virtualHost.Domains);
        var route = Assert.Single(virtualHost.Routes);
        Assert.Equal("default", route.Name);
        Assert.Equal($"outbound|20880||{Host}", route.Route_.Cluster);
        Assert.Equal(["top-user"], route.Route_.HashPolicy.Select(h => h.Header.HeaderName));
    }

    [Fact]
    public void Without_a_destination_rule_the_default_route_has_no_hash_policy()
    {
        var route = Assert.Single(Build(("se.yaml", Service)).VirtualHosts[0].Routes);

        Assert.Empty(route.Route_.HashPolicy);
    }

    [Fact]
    public void A_meta_router_without_routes_still_gets_the_default_route()
    {
        var config = Build(("se.yaml", Service), ("mr.yaml", MetaRouter("    []")));

        Assert.Equal("default", Assert.Single(config.VirtualHosts[0].Routes).Name);
    }

    [Fact]
    public void Routes_keep_their_order_and_names()
    {
        var config = Build(("se.yaml", Service), ("mr.yaml", MetaRouter(
            $"  - name: b",
            $"    route: [{{destination: {{host: {Host}}}}}]",
            $"  - name: a",
            $"    route: [{{destination: {{host: {Host}}}}}]")));

        Assert.Equal(["b", "a"], config.VirtualHosts[0].Routes.Select(r => r.Name));
    }

    [Fact]
    public void Several_destinations_become_weighted_clusters_whose_total_is_the_sum_of_weights()
    {
        var route = SingleRoute(
            "  - name: split",
            "    route:",
            $"    - {{destination: {{host: {Host}, subset: v1}}, weight: 70}}",
            $"    - {{destination: {{host: {Host}, subset: sticky, port: {{number: 9000}}}}, weight: 20}}",
            $"    - {{destination: {{host: other.example.com}}, weight: 5}}");

        var weighted = route.Route_.WeightedClusters;
        Assert.Equal(
            [($"outbound|20880|v1|{Host}", 70u), ($"outbound|9000|sticky|{Host}", 20u), ("outbound|20880||other.example.com", 5u)],
            weighted.Clusters.Select(c => (c.Name, c.Weight ?? 0)));
        Assert.Equal(95u, weighted.TotalWeight);
        Assert.Equal(RouteAction.ClusterSpecifierOneofCase.WeightedClusters, route.Route_.ClusterSpecifierCase);
    }

    [Fact]
    public void A_single_destination_is_a_plain_cluster_and_its_weight_is_ignored()
    {
        var route = SingleRoute(
            "  - name: one",
            $"    route: [{{destination: {{host: {Host}, subset: v1}}, weight: 30}}]");

        Assert.Equal(RouteAction.ClusterSpecifierOneofCase.Cluster, route.Route_.ClusterSpecifierCase);
        Assert.Equal($"outbound|20880|v1|{Host}", route.Route_.Cluster);
    }

    [Fact]
    public void A_destination_port_overrides_the_port_of_the_route_config()
    {
        var route = SingleRoute(
            "  - name: one",
            $"    route: [{{destination: {{host: {Host}, port: {{number: 30000}}}}}}]");

        Assert.Equal($"outbound|30000||{Host}", route.Route_.Cluster);
    }

    [Fact]
    public void A_named_subset_uses_only_its_own_hash_policy_and_never_the_top_level_one()
    {
        var route = SingleRoute(
            "  - name: split",
            "    route:",
            $"    - {{destination: {{host: {Host}, subset: v1}}, weight: 50}}",
            $"    - {{destination: {{host: {Host}, subset: sticky}}, weight: 50}}");

        Assert.Equal(["sticky-user"], route.Route_.HashPolicy.Select(h => h.Header.HeaderName));
    }

    [Fact]
    public void A_destination_without_subset_uses_the_top_level_hash_policy()
    {
        var route = SingleRoute("  - name: one", $"    route: [{{destination: {{host: {Host}}}}}]");

        Assert.Equal(["top-user"], route.Route_.HashPolicy.Select(h => h.Header.HeaderName));
    }

    [Theory]
    [InlineData("", 1_000_000u)]
    [InlineData("    mirrorPercentage: {value: 12.5}", 125_000u)]
    [InlineData("    mirrorPercentage: {value: 33.33339}", 333_333u)]
    [InlineData("    mirrorPercentage: {value: 100}", 1_000_000u)]
    [InlineData("    mirrorPercentage: {value: 0}", 1_000_000u)]
    [InlineData("    mirrorPercentage: {value: 0.0001}", 1u)]
    public void A_mirror_sends_the_given_percentage_in_millionths(string percentage, uint numerator)
    {
        var route = SingleRoute(
            "  - name: m",
            $"    route: [{{destination: {{host: {Host}, subset: v1}}}}]",
            $"    mirror: {{host: {Host}, subset: sticky}}",
            percentage);

        var mirror = Assert.Single(route.Route_.RequestMirrorPolicies);
        Assert.Equal($"outbound|20880|sticky|{Host}", mirror.Cluster);
        Assert.Equal(numerator, mirror.RuntimeFraction.DefaultValue.Numerator);
        Assert.Equal(Envoy.Type.V3.FractionalPercent.Types.DenominatorType.Million, mirror.RuntimeFraction.DefaultValue.Denominator);
    }

    [Fact]
    public void Header_matchers_are_sorted_by_attribute_name_and_unset_matches_are_skipped()
    {
        var route = SingleRoute(
            "  - name: m",
            "    match:",
            "      attributes:",
            "        zeta: {exact: z}",
            "        method: {prefix: say}",
            "        any: null",
            "        Interface: {regex: 'Demo.*'}",
            "        star: {regex: '*'}",
            "        nothing: {}",
            $"    route: [{{destination: {{host: {Host}}}}}]");

        Assert.Equal(
            ["Interface regex Demo.*", "any present", "method prefix say", "star present", "zeta exact z"],
            route.Match.Headers.Select(Describe));
        Assert.Equal("/", route.Match.Prefix);
    }

    [Fact]
    public void Request_and_response_mutations_become_headers_to_add_in_order()
    {
        var route = SingleRoute(
            "  - name: m",
            $"    route: [{{destination: {{host: {Host}}}}}]",
            "    requestMutation: [{key: b, value: '2'}, {key: a, value: '1'}]",
            "    responseMutation: [{key: served-by, value: me}]");

        Assert.Equal(["b=2", "a=1"], route.RequestHeadersToAdd.Select(h => $"{h.Header.Key}={h.Header.Value}"));
        Assert.Equal(["served-by=me"], route.ResponseHeadersToAdd.Select(h => $"{h.Header.Key}={h.Header.Value}"));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        var files = new[] { ("se.yaml", Service), ("dr.yaml", DestinationRule), ("mr.yaml", MetaRouter("  - name: a", "    match: {attributes: {b: {exact: x}, a: {exact: y}}}", $"    route: [{{destination: {{host: {Host}}}}}]")) };

        Assert.Equal(Google.Protobuf.MessageExtensions.ToByteArray(Build(files)), Google.Protobuf.MessageExtensions.ToByteArray(Build(files)));
    }

    private static string Describe(HeaderMatcher matcher) => matcher.HeaderMatchSpecifierCase switch
    {
        HeaderMatcher.HeaderMatchSpecifierOneofCase.ExactMatch => $"{matcher.Name} exact {matcher.ExactMatch}",
        HeaderMatcher.HeaderMatchSpecifierOneofCase.PrefixMatch => $"{matcher.Name} prefix {matcher.PrefixMatch}",
        HeaderMatcher.HeaderMatchSpecifierOneofCase.SafeRegexMatch => $"{matcher.Name} regex {matcher.SafeRegexMatch.Regex}",
        HeaderMatcher.HeaderMatchSpecifierOneofCase.PresentMatch => $"{matcher.Name} present",
        _ => $"{matcher.Name} {matcher.HeaderMatchSpecifierCase}",
    };
}

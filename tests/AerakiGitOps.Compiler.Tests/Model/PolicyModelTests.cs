using AerakiGitOps.Compiler.Model;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;

namespace AerakiGitOps.Compiler.Tests.Model;

public sealed class PolicyModelTests
{
    private static string DestinationRule(string name, string ns, string host) => Lines(
        "apiVersion: networking.istio.io/v1",
        "kind: DestinationRule",
        "metadata:",
        $"  name: {name}",
        $"  namespace: {ns}",
        "spec:",
        $"  host: {host}");

    [Fact]
    public void A_short_host_in_a_destination_rule_is_qualified_with_the_rules_own_namespace()
    {
        var model = BuildModel(("dr.yaml", DestinationRule("dr", "apps", "echo")));

        Assert.Equal("dr", model.DestinationRuleFor("echo.apps.svc.cluster.local")!.Source.Name);
        Assert.Null(model.DestinationRuleFor("echo.other.svc.cluster.local"));
        Assert.Null(model.DestinationRuleFor("echo"));
    }

    [Fact]
    public void A_fully_qualified_host_matches_only_itself()
    {
        var model = BuildModel(("dr.yaml", DestinationRule("dr", "apps", "org.apache.demo")));

        Assert.NotNull(model.DestinationRuleFor("org.apache.demo"));
        Assert.Null(model.DestinationRuleFor("org.apache.demo.apps.svc.cluster.local"));
    }

    [Fact]
    public void The_first_matching_destination_rule_in_source_order_wins()
    {
        var model = BuildModel(("a.yaml", DestinationRule("first", "apps", "echo")), ("b.yaml", DestinationRule("second", "apps", "echo.apps.svc.cluster.local")));

        Assert.Equal("first", model.DestinationRuleFor("echo.apps.svc.cluster.local")!.Source.Name);
    }

    [Fact]
    public void Short_names_use_the_configured_cluster_domain()
    {
        var model = BuildModel(new ModelSettings { ClusterDomain = "corp" }, ("dr.yaml", DestinationRule("dr", "apps", "echo")));

        Assert.NotNull(model.DestinationRuleFor("echo.apps.svc.corp"));
        Assert.Equal("x.y", model.Fqdn("x.y", "apps"));
        Assert.Equal("x.apps.svc.corp", model.Fqdn("x", "apps"));
    }

    private static string ServiceEntry(string name, string host) => Lines(
        "apiVersion: networking.istio.io/v1",
        "kind: ServiceEntry",
        "metadata:",
        $"  name: {name}",
        "  namespace: apps",
        "spec:",
        $"  hosts: [{host}]",
        "  ports: [{number: 80, name: http, protocol: HTTP}]");

    [Fact]
    public void A_host_ignoring_case_finds_the_first_service_in_source_order_among_the_hosts_asked()
    {
        var model = BuildModel(
            ("a.yaml", ServiceEntry("upper", "Echo.Apps.svc.cluster.local")),
            ("b.yaml", ServiceEntry("lower", "echo.apps.svc.cluster.local")),
            ("c.yaml", ServiceEntry("api", "API.example.com")));

        Assert.Equal("upper", model.ServiceIgnoringCase("ECHO.apps.svc.cluster.local")!.Name);
        Assert.Equal("upper", model.ServiceIgnoringCase("api.example.com", "echo.APPS.svc.cluster.local")!.Name);
        Assert.Equal("api", model.ServiceIgnoringCase("missing", "api.EXAMPLE.com")!.Name);
        Assert.Null(model.ServiceIgnoringCase("echo", "missing"));
    }

    [Fact]
    public void A_gateway_is_found_by_namespace_and_name()
    {
        var model = BuildModel(("gw.yaml", Lines(
            "apiVersion: networking.istio.io/v1",
            "kind: Gateway",
            "metadata:",
            "  name: edge",
            "  namespace: istio-system",
            "spec:",
            "  selector: {istio: ingressgateway}")));

        Assert.True(model.HasGateway("istio-system", "edge"));
        Assert.False(model.HasGateway("apps", "edge"));
        Assert.False(model.HasGateway("istio-system", "Edge"));
    }
}

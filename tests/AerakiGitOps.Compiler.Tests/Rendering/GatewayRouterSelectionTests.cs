using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Rendering;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;

namespace AerakiGitOps.Compiler.Tests.Rendering;

/// <summary>Which MetaRouter drives a gateway server: the first in source order that lists the gateway and routes to the server's port.</summary>
public sealed class GatewayRouterSelectionTests
{
    private static string Gateway(string name, string ns, params uint[] ports) => Lines(
        [
            "apiVersion: networking.istio.io/v1",
            "kind: Gateway",
            "metadata:",
            $"  name: {name}",
            $"  namespace: {ns}",
            "spec:",
            "  selector: {istio: ingressgateway}",
            "  servers:",
            .. ports.Select(p => $"  - {{port: {{number: {p}, name: tcp-metaprotocol-dubbo-{p}, protocol: TCP}}, hosts: [\"*\"]}}"),
        ]);

    private static string Router(string name, string ns, string gateway, uint port) => Lines(
        "apiVersion: metaprotocol.aeraki.io/v1alpha1",
        "kind: MetaRouter",
        "metadata:",
        $"  name: {name}",
        $"  namespace: {ns}",
        "spec:",
        $"  hosts: [{name}.{ns}.svc.cluster.local]",
        $"  gateways: [{gateway}]",
        "  routes:",
        "  - name: main",
        "    route:",
        "    - destination:",
        $"        host: {name}.{ns}.svc.cluster.local",
        $"        port: {{number: {port}}}");

    private static Dictionary<string, string> GatewayFilters(params (string Path, string Text)[] files)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = new PolicyRenderer(BuildModel(files)).Render(diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return rendered.Manifests
            .Where(m => m.Kind == "EnvoyFilter" && m.Name.StartsWith("aeraki-gateway-", StringComparison.Ordinal))
            .ToDictionary(m => m.Name, m => ManifestFiles.Content(m).Split('\n').Single(l => l.Contains("routeConfigName:", StringComparison.Ordinal)).Trim());
    }

    [Fact]
    public void The_first_router_in_source_order_for_the_gateway_and_port_wins_and_a_bare_gateway_name_is_in_the_routers_namespace()
    {
        var filters = GatewayFilters(
            ("gateways.yaml", Gateway("edge", "apps", 20880, 20881, 20882) + "---\n" + Gateway("edge", "other", 20880)),
            ("a.yaml", Router("first", "apps", "edge", 20880)),
            ("b.yaml", Router("second", "apps", "apps/edge", 20880)),
            ("c.yaml", Router("third", "apps", "apps/edge", 20881)),
            ("d.yaml", Router("elsewhere", "other", "edge", 20880)));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["aeraki-gateway-outbound-edge.apps-20880"] = "routeConfigName: first.apps.svc.cluster.local_20880",
                ["aeraki-gateway-outbound-edge.apps-20881"] = "routeConfigName: third.apps.svc.cluster.local_20881",
                ["aeraki-gateway-outbound-edge.other-20880"] = "routeConfigName: elsewhere.other.svc.cluster.local_20880",
            },
            filters);
    }
}

namespace AerakiGitOps.Compiler.Tests.Rendering.Protocols;

/// <summary>VirtualService routes on native Dubbo and Thrift listeners.</summary>
public sealed class NativeRoutesTests
{
    private static string Policies(string portName) => $$$"""
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: svc
          namespace: apps
          annotations: {interface: org.example.Svc}
        spec:
          hosts: [svc.apps.svc.cluster.local]
          addresses: [10.0.0.1]
          ports: [{number: 7000, name: {{{portName}}}, protocol: TCP}]
          resolution: STATIC
          workloadSelector: {labels: {app: svc}}
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: DestinationRule
        metadata: {name: svc, namespace: apps}
        spec:
          host: svc.apps.svc.cluster.local
          subsets: [{name: v1, labels: {v: "1"}}, {name: v2, labels: {v: "2"}}]
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: svc, namespace: apps}
        spec:
          hosts: [svc]
          http:
            - match:
                - method: {exact: ping}
                  headers: {zone: {exact: a}, app: {prefix: web}}
                - method: {exact: pong}
              route:
                - {destination: {host: svc, subset: v2}}
            - route:
                - {destination: {host: svc, subset: v1}, weight: 75}
                - {destination: {host: svc, subset: v2}, weight: 25}
        """;

    [Fact]
    public void Dubbo_routes_one_per_match_with_sorted_headers_and_a_total_weight()
    {
        var outbound = ProtocolRendering.Filters(Policies("tcp-dubbo")).Single(m => m.Name.StartsWith("aeraki-outbound-", StringComparison.Ordinal));
        var routes = ProtocolRendering.At(ProtocolRendering.FilterConfig(outbound), "routeConfig", "0", "routes")!;
        Assert.Equal("ping", ProtocolRendering.Text(routes, "0", "match", "method", "name", "exact"));
        Assert.Equal("app", ProtocolRendering.Text(routes, "0", "match", "headers", "0", "name"));
        Assert.Equal("zone", ProtocolRendering.Text(routes, "0", "match", "headers", "1", "name"));
        Assert.Equal("pong", ProtocolRendering.Text(routes, "1", "match", "method", "name", "exact"));
        Assert.Equal("outbound|7000|v2|svc.apps.svc.cluster.local", ProtocolRendering.Text(routes, "1", "route", "cluster"));
        Assert.Equal(".*", ProtocolRendering.Text(routes, "2", "match", "method", "name", "safeRegex", "regex"));
        Assert.Equal("100", ProtocolRendering.Text(routes, "2", "route", "weightedClusters", "totalWeight"));
        Assert.Equal("75", ProtocolRendering.Text(routes, "2", "route", "weightedClusters", "clusters", "0", "weight"));
    }

    [Fact]
    public void Thrift_routes_match_the_method_name_and_headers_and_have_no_total_weight()
    {
        var outbound = ProtocolRendering.Filters(Policies("tcp-thrift")).Single(m => m.Name.StartsWith("aeraki-outbound-", StringComparison.Ordinal));
        var routes = ProtocolRendering.At(ProtocolRendering.FilterConfig(outbound), "routeConfig", "routes")!;
        Assert.Equal("ping", ProtocolRendering.Text(routes, "0", "match", "methodName"));
        Assert.Equal("a", ProtocolRendering.Text(routes, "0", "match", "headers", "1", "exactMatch"));
        Assert.Equal(string.Empty, ProtocolRendering.Text(routes, "2", "match", "methodName"));
        Assert.Null(ProtocolRendering.At(routes, "2", "route", "weightedClusters", "totalWeight"));
        Assert.Equal("outbound|7000|v1|svc.apps.svc.cluster.local", ProtocolRendering.Text(routes, "2", "route", "weightedClusters", "clusters", "0", "name"));
    }
}

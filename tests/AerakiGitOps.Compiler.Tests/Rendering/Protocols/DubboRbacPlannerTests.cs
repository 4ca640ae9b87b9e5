namespace AerakiGitOps.Compiler.Tests.Rendering.Protocols;

/// <summary>Dubbo authorization: filter order, policy names and conditions as Aeraki builds them, without its index shadowing.</summary>
public sealed class DubboRbacPlannerTests
{
    private const string Service = """
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: hello
          namespace: dubbo
          annotations: {interface: org.example.Hello}
        spec:
          hosts: [hello.dubbo.svc.cluster.local]
          addresses: [10.0.0.1]
          ports: [{number: 20880, name: tcp-dubbo, protocol: TCP}]
          resolution: STATIC
          workloadSelector: {labels: {app: hello}}
        ---
        """;

    [Fact]
    public void The_deny_filter_comes_first_then_allow_then_the_router_and_each_policy_is_named_after_its_own_policy()
    {
        var inbound = ProtocolRendering.Filters(Service + """

            apiVersion: dubbo.aeraki.io/v1alpha1
            kind: DubboAuthorizationPolicy
            metadata: {name: a-allow, namespace: dubbo}
            spec:
              rules:
                - from: [{source: {namespaces: [dubbo]}}]
            ---
            apiVersion: dubbo.aeraki.io/v1alpha1
            kind: DubboAuthorizationPolicy
            metadata: {name: b-deny, namespace: dubbo}
            spec:
              action: DENY
              rules:
                - to: [{operation: {methods: [drop]}}]
                - to: [{operation: {methods: [kill]}}]
            """).Single(m => m.Name == "aeraki-inbound-hello.dubbo.svc.cluster.local-20880");

        var config = ProtocolRendering.FilterConfig(inbound);
        Assert.Equal("envoy.filters.dubbo.rbac", ProtocolRendering.Text(config, "dubboFilters", "0", "name"));
        Assert.Equal("DENY", ProtocolRendering.Text(config, "dubboFilters", "0", "config", "rules", "action"));
        Assert.NotNull(ProtocolRendering.At(config, "dubboFilters", "0", "config", "rules", "policies", "ns[dubbo]-policy[b-deny]-rule[1]"));
        Assert.Null(ProtocolRendering.At(config, "dubboFilters", "1", "config", "rules", "action"));
        Assert.NotNull(ProtocolRendering.At(config, "dubboFilters", "1", "config", "rules", "policies", "ns[dubbo]-policy[a-allow]-rule[0]"));
        Assert.Equal("envoy.filters.dubbo.router", ProtocolRendering.Text(config, "dubboFilters", "2", "name"));
        Assert.Equal("dubbo.", ProtocolRendering.Text(config, "dubboFilters", "0", "config", "statPrefix"));
    }

    [Fact]
    public void Principals_come_before_namespaces_and_a_negated_list_is_not_of_or()
    {
        var inbound = ProtocolRendering.Filters(Service + """

            apiVersion: dubbo.aeraki.io/v1alpha1
            kind: DubboAuthorizationPolicy
            metadata: {name: p, namespace: dubbo}
            spec:
              rules:
                - from: [{source: {notNamespaces: [kube-system], principals: ["cluster.local/ns/dubbo/sa/*"]}}]
            """).Single(m => m.Name.StartsWith("aeraki-inbound-", StringComparison.Ordinal));

        var ids = ProtocolRendering.At(ProtocolRendering.FilterConfig(inbound), "dubboFilters", "0", "config", "rules", "policies", "ns[dubbo]-policy[p]-rule[0]", "principals", "0", "andIds", "ids")!;
        Assert.Equal("spiffe://cluster.local/ns/dubbo/sa/", ProtocolRendering.Text(ids, "0", "orIds", "ids", "0", "authenticated", "principalName", "prefix"));
        Assert.Equal(".*/ns/kube-system/.*", ProtocolRendering.Text(ids, "1", "notId", "orIds", "ids", "0", "authenticated", "principalName", "safeRegex", "regex"));
    }
}

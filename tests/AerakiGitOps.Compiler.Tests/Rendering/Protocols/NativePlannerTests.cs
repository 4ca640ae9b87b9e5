using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Rendering.Protocols;

/// <summary>Targets of the native protocol filters: every port, its own listener, context, priority and names.</summary>
public sealed class NativePlannerTests
{
    private const string MultiProtocol = """
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: multi
          namespace: apps
          annotations: {interface: org.example.Multi}
        spec:
          hosts: [multi.apps.svc.cluster.local]
          addresses: [10.0.0.1, 10.0.0.2]
          ports:
            - {number: 20880, name: tcp-dubbo, protocol: TCP}
            - {number: 20881, name: tcp-dubbo-admin, protocol: TCP}
            - {number: 9092, name: tcp-kafka, protocol: TCP}
            - {number: 6379, name: tcp-redis, protocol: TCP}
            - {number: 3306, name: tcp-mysql, protocol: TCP}
          resolution: STATIC
          workloadSelector: {labels: {app: multi}}
        """;

    [Fact]
    public void Every_port_of_every_protocol_gets_an_outbound_filter_per_address_and_an_inbound_filter()
    {
        var names = ProtocolRendering.Filters(MultiProtocol).Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        var expected = new[] { 20880u, 20881u, 9092u, 6379u, 3306u }
            .SelectMany(p => new[]
            {
                $"aeraki-outbound-multi.apps.svc.cluster.local-10.0.0.1-{p}",
                $"aeraki-outbound-multi.apps.svc.cluster.local-10.0.0.2-{p}",
                $"aeraki-inbound-multi.apps.svc.cluster.local-{p}",
            })
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
    }

    [Fact]
    public void Each_filter_patches_its_own_ports_listener_with_a_context_and_priority_10_in_the_root_namespace()
    {
        foreach (var filter in ProtocolRendering.Filters(MultiProtocol))
        {
            var port = filter.Name[(filter.Name.LastIndexOf('-') + 1)..];
            var match = ProtocolRendering.At(filter.ParseContent(), "spec", "configPatches", "0", "match")!;
            Assert.Equal("istio-system", filter.Namespace);
            Assert.Equal("10", ProtocolRendering.Text(filter.ParseContent(), "spec", "priority"));
            Assert.Equal("aeraki-gitops", ProtocolRendering.Text(filter.ParseContent(), "metadata", "labels", "app.kubernetes.io/managed-by"));
            if (filter.Name.StartsWith("aeraki-inbound-", StringComparison.Ordinal))
            {
                Assert.Equal("SIDECAR_INBOUND", ProtocolRendering.Text(match, "context"));
                Assert.Equal(port, ProtocolRendering.Text(match, "listener", "filterChain", "destinationPort"));
                Assert.Equal("multi", ProtocolRendering.Text(filter.ParseContent(), "spec", "workloadSelector", "labels", "app"));
            }
            else
            {
                Assert.Equal("SIDECAR_OUTBOUND", ProtocolRendering.Text(match, "context"));
                Assert.EndsWith($"_{port}", ProtocolRendering.Text(match, "listener", "name"), StringComparison.Ordinal);
            }

            // Every patch, cluster patches included, names its context.
            var patches = (YSequence)ProtocolRendering.At(filter.ParseContent(), "spec", "configPatches")!;
            Assert.All(patches.Items, p => Assert.NotNull(ProtocolRendering.Text(p, "match", "context")));
        }
    }

    [Fact]
    public void Stat_prefixes_name_the_port_and_host_outbound_and_only_the_port_inbound()
    {
        var filters = ProtocolRendering.Filters(MultiProtocol);
        var kafkaOut = filters.Single(m => m.Name == "aeraki-outbound-multi.apps.svc.cluster.local-10.0.0.2-9092");
        var mysqlIn = filters.Single(m => m.Name == "aeraki-inbound-multi.apps.svc.cluster.local-3306");
        Assert.Equal("outbound|9092||multi.apps.svc.cluster.local", ProtocolRendering.Text(ProtocolRendering.FilterConfig(kafkaOut), "statPrefix"));
        Assert.Equal("INSERT_BEFORE", ProtocolRendering.Text(kafkaOut.ParseContent(), "spec", "configPatches", "0", "patch", "operation"));
        Assert.Equal("inbound|3306||", ProtocolRendering.Text(ProtocolRendering.FilterConfig(mysqlIn), "statPrefix"));
        Assert.Equal("type.googleapis.com/envoy.extensions.filters.network.mysql_proxy.v3.MySQLProxy", ProtocolRendering.Text(mysqlIn.ParseContent(), "spec", "configPatches", "0", "patch", "value", "typed_config", "type_url"));
    }

    [Fact]
    public void Only_the_first_addresss_Redis_filter_replaces_the_cluster()
    {
        var filters = ProtocolRendering.Filters(MultiProtocol);
        int Patches(string name) => ((YSequence)ProtocolRendering.At(filters.Single(m => m.Name == name).ParseContent(), "spec", "configPatches")!).Items.Length;
        Assert.Equal(3, Patches("aeraki-outbound-multi.apps.svc.cluster.local-10.0.0.1-6379"));
        Assert.Equal(1, Patches("aeraki-outbound-multi.apps.svc.cluster.local-10.0.0.2-6379"));
        Assert.Equal(1, Patches("aeraki-inbound-multi.apps.svc.cluster.local-6379"));
    }
}

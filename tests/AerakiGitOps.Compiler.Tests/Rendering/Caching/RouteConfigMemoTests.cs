using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Protos.Snapshot;
using AerakiGitOps.Tests.Shared;
using Google.Protobuf;

namespace AerakiGitOps.Compiler.Tests.Rendering.Caching;

/// <summary>Route configs kept across compilations of a long-running compiler (parse and render caches, as in serve).</summary>
public sealed class RouteConfigMemoTests : IDisposable
{
    private readonly GeneratedWorkload _workload = new(services: 20);

    public void Dispose() => _workload.Dispose();

    private static (PolicyCompiler Compiler, RenderCache Cache) LongRunning()
    {
        var cache = new RenderCache();
        return (new PolicyCompiler(new CompileOptions { Cache = new ParseCache(), RenderCache = cache, SnapshotOnly = true }), cache);
    }

    private static RouteSnapshot Uncached(PolicySourceContent content) => new PolicyCompiler(new CompileOptions { SnapshotOnly = true }).Compile(content).Snapshot!;

    private static void SameSnapshot(RouteSnapshot expected, RouteSnapshot actual)
    {
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.ToByteArray(), actual.ToByteArray());
    }

    [Fact]
    public void An_unchanged_repository_reuses_every_route_config()
    {
        var (compiler, cache) = LongRunning();
        var first = compiler.Compile(_workload.Content).Snapshot!;
        Assert.Equal((first.Routes.Count, 0), cache.RouteConfigs.LastPass);

        var second = compiler.Compile(_workload.Content).Snapshot!;

        Assert.Equal(20, second.Routes.Count);
        Assert.Equal((0, 20), cache.RouteConfigs.LastPass);
        Assert.All(second.Routes, r => Assert.Same(first.Routes.Single(f => f.Name == r.Name).RouteConfig, r.RouteConfig));
        SameSnapshot(Uncached(_workload.Content), second);
    }

    // The parse cache works per file, so every document of an edited file is a new object and the route
    // configs of all its services are rebuilt; those of the other files are reused.
    [Fact]
    public void A_changed_MetaRouter_rebuilds_the_route_configs_of_its_file_only()
    {
        var (compiler, cache) = LongRunning();
        compiler.Compile(_workload.Content);
        var (changed, servicesInFile) = _workload.Edited("kind: MetaRouter\nmetadata:\n  name: svc-000003", "- name: default", "- name: fallback");
        Assert.InRange(servicesInFile, 1, 19);

        var snapshot = compiler.Compile(changed).Snapshot!;

        Assert.Equal((servicesInFile, 20 - servicesInFile), cache.RouteConfigs.LastPass);
        Assert.Equal(20, cache.RouteConfigs.Count);
        var route = snapshot.Routes.Single(r => r.Name.StartsWith("svc-000003.", StringComparison.Ordinal)).RouteConfig;
        Assert.Equal("fallback", route.VirtualHosts[0].Routes[^1].Name);
        SameSnapshot(Uncached(changed), snapshot);
    }

    [Fact]
    public void A_changed_DestinationRule_rebuilds_the_route_configs_that_consult_it()
    {
        var (compiler, cache) = LongRunning();
        compiler.Compile(_workload.Content);
        var (changed, servicesInFile) = _workload.Edited("consistentHash: {httpHeaderName: user}", "httpHeaderName: user", "httpHeaderName: tenant");

        var snapshot = compiler.Compile(changed).Snapshot!;

        Assert.Equal((servicesInFile, 20 - servicesInFile), cache.RouteConfigs.LastPass);
        SameSnapshot(Uncached(changed), snapshot);
    }

    private static PolicySourceContent Files(params (string Path, string Text)[] files)
        => new([.. files.Select(f => new PolicyFile(f.Path, Encoding.UTF8.GetBytes(f.Text)))], null, []);

    private const string Service = """
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata: {name: hash-demo, namespace: meta-hash}
        spec:
          hosts: [hash.meta-hash.svc.cluster.local]
          addresses: [10.10.1.1]
          ports:
          - {number: 20880, name: tcp-metaprotocol-dubbo-a, protocol: TCP}
          resolution: STATIC
          workloadSelector:
            labels: {app: hash}
        """;

    private static string Rule(string host, string header) => $$"""
        apiVersion: networking.istio.io/v1beta1
        kind: DestinationRule
        metadata: {name: hash-{{header}}, namespace: meta-hash}
        spec:
          host: {{host}}
          trafficPolicy:
            loadBalancer:
              consistentHash: {httpHeaderName: {{header}}}
        """;

    [Fact]
    public void A_DestinationRule_in_its_own_file_invalidates_only_the_route_configs_that_read_it()
    {
        var (compiler, cache) = LongRunning();
        compiler.Compile(Files(("service.yaml", Service), ("rule.yaml", Rule("hash.meta-hash.svc.cluster.local", "method")), ("other.yaml", Rule("other.meta-hash.svc.cluster.local", "user"))));

        var unrelated = compiler.Compile(Files(("service.yaml", Service), ("rule.yaml", Rule("hash.meta-hash.svc.cluster.local", "method")), ("other.yaml", Rule("other.meta-hash.svc.cluster.local", "tenant"))));
        Assert.Equal((0, 1), cache.RouteConfigs.LastPass);
        Assert.Equal("method", unrelated.Snapshot!.Routes.Single().RouteConfig.VirtualHosts[0].Routes[0].Route_.HashPolicy[0].Header.HeaderName);

        var consulted = Files(("service.yaml", Service), ("rule.yaml", Rule("hash.meta-hash.svc.cluster.local", "session")), ("other.yaml", Rule("other.meta-hash.svc.cluster.local", "tenant")));
        var result = compiler.Compile(consulted);

        Assert.False(result.HasErrors);
        Assert.Equal((1, 0), cache.RouteConfigs.LastPass);
        Assert.Equal("session", result.Snapshot!.Routes.Single().RouteConfig.VirtualHosts[0].Routes[0].Route_.HashPolicy[0].Header.HeaderName);
        SameSnapshot(Uncached(consulted), result.Snapshot);
    }
}

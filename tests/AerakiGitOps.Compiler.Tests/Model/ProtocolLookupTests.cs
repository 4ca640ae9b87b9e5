using System.Collections.Immutable;
using AerakiGitOps.Compiler.Model;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;

namespace AerakiGitOps.Compiler.Tests.Model;

/// <summary>The native-protocol lookups of <see cref="PolicyModel"/> (indexes built once per model) keep Aeraki's matching rules.</summary>
public sealed class ProtocolLookupTests
{
    private static string VirtualService(string name, string ns, params string[] hosts) => Lines(
        "apiVersion: networking.istio.io/v1",
        "kind: VirtualService",
        "metadata:",
        $"  name: {name}",
        $"  namespace: {ns}",
        "spec:",
        $"  hosts: [{string.Join(", ", hosts)}]");

    private static string RedisService(string name, string ns, string host) => Lines(
        "apiVersion: redis.aeraki.io/v1alpha1",
        "kind: RedisService",
        "metadata:",
        $"  name: {name}",
        $"  namespace: {ns}",
        "spec:",
        $"  host: [{host}]");

    private static string RedisDestination(string name, string ns, string host) => Lines(
        "apiVersion: redis.aeraki.io/v1alpha1",
        "kind: RedisDestination",
        "metadata:",
        $"  name: {name}",
        $"  namespace: {ns}",
        "spec:",
        $"  host: {host}");

    private static string DubboPolicy(string name, string ns) => Lines(
        "apiVersion: dubbo.aeraki.io/v1alpha1",
        "kind: DubboAuthorizationPolicy",
        "metadata:",
        $"  name: {name}",
        $"  namespace: {ns}",
        "spec:",
        "  action: ALLOW");

    private static ServiceModel Service(string host, string ns)
        => new(host, host, ns, ServiceOrigin.ServiceEntry, null!, [], AddressOrigin.Declared, [], ImmutableSortedDictionary<string, string>.Empty, null!);

    [Fact]
    public void A_virtual_service_matches_by_qualified_host_and_the_first_in_source_order_is_used()
    {
        var model = BuildModel(
            ("a.yaml", VirtualService("short", "dubbo", "greeter")),
            ("b.yaml", VirtualService("full", "other", "greeter.dubbo.svc.cluster.local", "org.demo.api")),
            ("c.yaml", VirtualService("late", "dubbo", "org.demo.api")));

        Assert.Equal("short", model.VirtualServiceFor("greeter.dubbo.svc.cluster.local")!.Source.Name);
        Assert.Equal(["short", "full"], model.VirtualServicesFor("greeter.dubbo.svc.cluster.local").Select(v => v.Source.Name));
        Assert.Equal("full", model.VirtualServiceFor("org.demo.api")!.Source.Name);
        Assert.Equal(["full", "late"], model.VirtualServicesFor("org.demo.api").Select(v => v.Source.Name));
        Assert.Null(model.VirtualServiceFor("greeter"));
        Assert.Null(model.VirtualServiceFor("greeter.other.svc.cluster.local"));
        Assert.Empty(model.VirtualServicesFor("missing"));
    }

    [Fact]
    public void A_virtual_service_naming_one_host_twice_is_listed_once()
    {
        var model = BuildModel(("a.yaml", VirtualService("twice", "dubbo", "greeter", "greeter.dubbo.svc.cluster.local")));

        Assert.Equal(["twice"], model.VirtualServicesFor("greeter.dubbo.svc.cluster.local").Select(v => v.Source.Name));
    }

    [Fact]
    public void Redis_objects_are_only_found_in_the_services_own_namespace()
    {
        var model = BuildModel(
            ("a.yaml", RedisService("elsewhere", "other", "cache.redis.svc.cluster.local")),
            ("b.yaml", RedisService("first", "redis", "cache")),
            ("c.yaml", RedisService("second", "redis", "cache.redis.svc.cluster.local")),
            ("d.yaml", RedisDestination("elsewhere", "other", "cache.redis.svc.cluster.local")),
            ("e.yaml", RedisDestination("destination", "redis", "cache")));

        var cache = Service("cache.redis.svc.cluster.local", "redis");
        Assert.Equal("first", model.RedisServiceFor(cache)!.Source.Name);
        Assert.Equal("destination", model.RedisDestinationFor(cache)!.Source.Name);
        Assert.Null(model.RedisServiceFor(Service("cache.redis.svc.cluster.local", "third")));
        Assert.Null(model.RedisDestinationFor(Service("other.redis.svc.cluster.local", "redis")));
    }

    [Fact]
    public void Dubbo_policies_are_grouped_by_namespace_in_source_order()
    {
        var model = BuildModel(
            ("a.yaml", DubboPolicy("b-second", "dubbo")),
            ("b.yaml", DubboPolicy("other", "shop")),
            ("c.yaml", DubboPolicy("a-third", "dubbo")));

        Assert.Equal(["b-second", "a-third"], model.DubboPoliciesIn("dubbo").Select(p => p.Source.Name));
        Assert.Equal(["other"], model.DubboPoliciesIn("shop").Select(p => p.Source.Name));
        Assert.Empty(model.DubboPoliciesIn("none"));
    }
}

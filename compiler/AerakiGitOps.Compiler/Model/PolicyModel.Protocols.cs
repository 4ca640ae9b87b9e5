using System.Collections.Immutable;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// The lookups of the native protocol filters (Dubbo, Thrift, Redis), shared by rules and planners. Each is
/// an index built once per model: planners and rules ask for every service, so a scan per question would
/// make a repository of many services and many VirtualServices quadratic.
/// </summary>
public sealed partial class PolicyModel
{
    private ProtocolIndexes? _protocolIndexes;

    private ProtocolIndexes Indexes => Volatile.Read(ref _protocolIndexes) ?? BuildIndexes();

    /// <summary>
    /// The first VirtualService (source order) with a host equal to the service host; a short host is
    /// qualified in the VirtualService's namespace first (Aeraki compares hosts[0] verbatim).
    /// </summary>
    public VirtualServiceSpec? VirtualServiceFor(string host) => Indexes.VirtualServicesByHost[host].FirstOrDefault();

    /// <summary>Every VirtualService with a host equal to the service host (qualified as in <see cref="VirtualServiceFor"/>), in source order, each once.</summary>
    public IEnumerable<VirtualServiceSpec> VirtualServicesFor(string host) => Indexes.VirtualServicesByHost[host];

    /// <summary>The first RedisService of the service's namespace that lists the service host (Aeraki only looks in that namespace).</summary>
    public RedisServiceSpec? RedisServiceFor(ServiceModel service) => Indexes.RedisServices.GetValueOrDefault((service.Namespace, service.Host));

    /// <summary>The first RedisDestination of the service's namespace whose host is the service host.</summary>
    public RedisDestinationSpec? RedisDestinationFor(ServiceModel service) => Indexes.RedisDestinations.GetValueOrDefault((service.Namespace, service.Host));

    /// <summary>Every DubboAuthorizationPolicy of a namespace, in source order (Aeraki lists the service's namespace only).</summary>
    public ImmutableArray<DubboAuthorizationPolicySpec> DubboPoliciesIn(string ns) => Indexes.DubboPoliciesByNamespace.GetValueOrDefault(ns, []);

    /// <summary>Built on first use (a repository without these kinds never pays for them); racing threads build equal indexes and one is kept.</summary>
    private ProtocolIndexes BuildIndexes()
    {
        var virtualServices = Specs.VirtualServices
            .SelectMany(v => v.Hosts.Select(h => Fqdn(h, v.Source.Namespace)).Distinct(StringComparer.Ordinal).Select(host => (Host: host, VirtualService: v)))
            .ToLookup(e => e.Host, e => e.VirtualService, StringComparer.Ordinal);

        var redisServices = new Dictionary<(string, string), RedisServiceSpec>();
        foreach (var redis in Specs.RedisServices)
        {
            foreach (var host in redis.Hosts)
            {
                redisServices.TryAdd((redis.Source.Namespace, Fqdn(host, redis.Source.Namespace)), redis);
            }
        }

        var redisDestinations = new Dictionary<(string, string), RedisDestinationSpec>();
        foreach (var destination in Specs.RedisDestinations)
        {
            redisDestinations.TryAdd((destination.Source.Namespace, Fqdn(destination.Host, destination.Source.Namespace)), destination);
        }

        var dubboPolicies = Specs.DubboAuthorizationPolicies
            .GroupBy(p => p.Source.Namespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

        var indexes = new ProtocolIndexes(virtualServices, redisServices, redisDestinations, dubboPolicies);
        return Interlocked.CompareExchange(ref _protocolIndexes, indexes, null) ?? indexes;
    }

    private sealed record ProtocolIndexes(
        ILookup<string, VirtualServiceSpec> VirtualServicesByHost,
        Dictionary<(string Namespace, string Host), RedisServiceSpec> RedisServices,
        Dictionary<(string Namespace, string Host), RedisDestinationSpec> RedisDestinations,
        Dictionary<string, ImmutableArray<DubboAuthorizationPolicySpec>> DubboPoliciesByNamespace);
}

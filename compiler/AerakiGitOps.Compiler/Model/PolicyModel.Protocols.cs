using System.Collections.Immutable;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>The lookups of the native protocol filters (Dubbo, Thrift, Redis), shared by rules and planners.</summary>
public sealed partial class PolicyModel
{
    /// <summary>
    /// The first VirtualService (source order) with a host equal to the service host; a short host is
    /// qualified in the VirtualService's namespace first (Aeraki compares hosts[0] verbatim).
    /// </summary>
    public VirtualServiceSpec? VirtualServiceFor(string host)
        => Specs.VirtualServices.FirstOrDefault(v => v.Hosts.Any(h => Fqdn(h, v.Source.Namespace) == host));

    /// <summary>The first RedisService of the service's namespace that lists the service host (Aeraki only looks in that namespace).</summary>
    public RedisServiceSpec? RedisServiceFor(ServiceModel service)
        => Specs.RedisServices.FirstOrDefault(r => r.Source.Namespace == service.Namespace && r.Hosts.Any(h => Fqdn(h, r.Source.Namespace) == service.Host));

    /// <summary>The first RedisDestination of the service's namespace whose host is the service host.</summary>
    public RedisDestinationSpec? RedisDestinationFor(ServiceModel service)
        => Specs.RedisDestinations.FirstOrDefault(r => r.Source.Namespace == service.Namespace && Fqdn(r.Host, r.Source.Namespace) == service.Host);

    /// <summary>Every DubboAuthorizationPolicy of a namespace, in source order (Aeraki lists the service's namespace only).</summary>
    public ImmutableArray<DubboAuthorizationPolicySpec> DubboPoliciesIn(string ns)
        => [.. Specs.DubboAuthorizationPolicies.Where(p => p.Source.Namespace == ns)];
}

using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// A service in the shape Istio gives Aeraki: one host (hosts[0]), its addresses, its ports with
/// protocols, and the workload selector of its inbound side.
/// </summary>
public sealed record ServiceModel(
    string Host,
    string Name,
    string Namespace,
    ServiceOrigin Origin,
    PolicyDocument Source,
    ImmutableArray<string> Addresses,
    AddressOrigin AddressOrigin,
    ImmutableArray<ServicePortModel> Ports,
    ImmutableSortedDictionary<string, string> WorkloadSelector,
    ObjectMetaSpec Meta)
{
    public IEnumerable<ServicePortModel> PortsOf(ProtocolKind protocol) => Ports.Where(p => p.Protocol == protocol);

    /// <summary>Whether any port speaks a protocol the compiler generates filters for.</summary>
    public bool HasManagedPort => Ports.Any(p => p.Protocol != ProtocolKind.Unsupported);

    /// <summary>Whether any port speaks <paramref name="protocol"/> (no allocation: asked for every service by every planner).</summary>
    public bool HasPort(ProtocolKind protocol)
    {
        foreach (var port in Ports)
        {
            if (port.Protocol == protocol)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The addresses Istio gives an outbound listener of their own (named &lt;address&gt;_&lt;port&gt;), which the
    /// outbound filters patch. A CIDR block is served on the 0.0.0.0 wildcard listener of its port instead, shared
    /// with other services, so it gets no per-address filter (the rules warn).
    /// </summary>
    public IEnumerable<string> ListenerAddresses => Addresses.Where(a => !a.Contains('/', StringComparison.Ordinal));

    /// <summary>The Dubbo interface from the ServiceEntry annotation `interface`.</summary>
    public string? DubboInterface => Meta.Annotations.GetValueOrDefault("interface");
}

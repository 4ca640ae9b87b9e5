using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A service port: number, name, declared protocol and Kubernetes appProtocol.</summary>
public sealed record PortSpec(uint Number, string Name, string Protocol, string? AppProtocol, SourceLocation At);

/// <summary>An Istio ServiceEntry as written.</summary>
public sealed record ServiceEntrySpec(
    PolicyDocument Source,
    ObjectMetaSpec Meta,
    ImmutableArray<string> Hosts,
    ImmutableArray<string> Addresses,
    ImmutableArray<PortSpec> Ports,
    string Resolution,
    ImmutableSortedDictionary<string, string> WorkloadSelector,
    ImmutableArray<string> ExportTo);

/// <summary>A Kubernetes v1 Service as written.</summary>
public sealed record KubernetesServiceSpec(
    PolicyDocument Source,
    ObjectMetaSpec Meta,
    string? ClusterIP,
    ImmutableArray<string> ClusterIPs,
    string Type,
    ImmutableArray<PortSpec> Ports,
    ImmutableSortedDictionary<string, string> Selector);

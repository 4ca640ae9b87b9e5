using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>One server of a Gateway.</summary>
public sealed record GatewayServerSpec(uint PortNumber, string PortName, string Protocol, ImmutableArray<string> Hosts, SourceLocation At);

/// <summary>An Istio Gateway as written.</summary>
public sealed record GatewaySpec(PolicyDocument Source, ImmutableSortedDictionary<string, string> Selector, ImmutableArray<GatewayServerSpec> Servers);

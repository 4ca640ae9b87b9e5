using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// The VirtualService fields the native Dubbo and Thrift filters read (hosts and http routes); the
/// object itself is passed through to Istio unchanged.
/// </summary>
public sealed record VirtualServiceSpec(PolicyDocument Source, ImmutableArray<string> Hosts, ImmutableArray<HttpRouteSpec> Http);

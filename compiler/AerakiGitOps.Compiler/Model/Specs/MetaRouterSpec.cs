using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A MetaRouter (metaprotocol.aeraki.io/v1alpha1) as the user wrote it.</summary>
public sealed record MetaRouterSpec(
    PolicyDocument Source,
    ImmutableArray<string> Hosts,
    ImmutableArray<string> Gateways,
    ImmutableArray<MetaRouteSpec> Routes,
    LocalRateLimitSpec? LocalRateLimit,
    GlobalRateLimitSpec? GlobalRateLimit,
    ImmutableArray<string> ExportTo)
{
    /// <summary>Aeraki uses only the first host.</summary>
    public string Host => Hosts.IsDefaultOrEmpty ? string.Empty : Hosts[0];
}

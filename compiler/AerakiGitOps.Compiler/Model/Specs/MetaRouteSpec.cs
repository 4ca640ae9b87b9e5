using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>One ordered rule of a MetaRouter (first match wins in the proxy).</summary>
public sealed record MetaRouteSpec(
    string Name,
    MatchSpec? Match,
    ImmutableArray<WeightedDestinationSpec> Route,
    DestinationSpec? Mirror,
    double? MirrorPercentage,
    ImmutableArray<KeyValueSpec> RequestMutation,
    ImmutableArray<KeyValueSpec> ResponseMutation,
    SourceLocation At);

using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// What a route test expects. Exactly one of <see cref="Cluster"/>, a non-empty <see cref="WeightedClusters"/>
/// or <see cref="NoRoute"/> is set (the schema enforces it). <see cref="Route"/>, <see cref="HashPolicy"/> and
/// <see cref="Mirror"/> are optional extra checks: null means "not checked".
/// </summary>
public sealed record RouteExpectationSpec(
    string? Cluster,
    ImmutableArray<ExpectedWeightSpec> WeightedClusters,
    bool NoRoute,
    string? Route,
    ImmutableArray<string>? HashPolicy,
    ExpectedMirrorSpec? Mirror);

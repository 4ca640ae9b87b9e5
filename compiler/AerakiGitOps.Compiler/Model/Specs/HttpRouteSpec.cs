using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>One http[] entry of a VirtualService: its matches (OR) and weighted destinations.</summary>
public sealed record HttpRouteSpec(string Name, ImmutableArray<HttpMatchSpec> Matches, ImmutableArray<WeightedDestinationSpec> Route, SourceLocation At);

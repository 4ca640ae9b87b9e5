using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>One attribute of a match; <see cref="At"/> is the position of the attribute's key.</summary>
public sealed record AttributeMatchSpec(string Name, StringMatchSpec Match, SourceLocation At);

/// <summary>A MetaRouteMatch: every attribute must match (AND).</summary>
public sealed record MatchSpec(ImmutableArray<AttributeMatchSpec> Attributes, SourceLocation At);

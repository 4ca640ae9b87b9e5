using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A DestinationRule subset; <see cref="HashHeader"/> is its own consistentHash.httpHeaderName.</summary>
public sealed record SubsetSpec(string Name, ImmutableSortedDictionary<string, string> Labels, string? HashHeader, SourceLocation At);

/// <summary>The DestinationRule fields that feed RDS hash policies and subset checks.</summary>
public sealed record DestinationRuleSpec(
    PolicyDocument Source,
    string Host,
    string? HashHeader,
    ImmutableArray<SubsetSpec> Subsets,
    ImmutableArray<string> ExportTo);

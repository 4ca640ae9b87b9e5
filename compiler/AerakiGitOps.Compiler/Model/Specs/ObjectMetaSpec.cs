using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>The metadata fields the compiler reads from any object.</summary>
public sealed record ObjectMetaSpec(
    string Name,
    string Namespace,
    ImmutableSortedDictionary<string, string> Labels,
    ImmutableSortedDictionary<string, string> Annotations);

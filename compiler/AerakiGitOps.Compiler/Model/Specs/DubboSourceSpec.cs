using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>from[].source: peer identities and namespaces, each with its negated form.</summary>
public sealed record DubboSourceSpec(
    ImmutableArray<string> Principals,
    ImmutableArray<string> NotPrincipals,
    ImmutableArray<string> Namespaces,
    ImmutableArray<string> NotNamespaces,
    SourceLocation At);

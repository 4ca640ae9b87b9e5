using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>to[].operation: Dubbo interfaces and methods, each with its negated form.</summary>
public sealed record DubboOperationSpec(
    ImmutableArray<string> Interfaces,
    ImmutableArray<string> NotInterfaces,
    ImmutableArray<string> Methods,
    ImmutableArray<string> NotMethods,
    SourceLocation At);

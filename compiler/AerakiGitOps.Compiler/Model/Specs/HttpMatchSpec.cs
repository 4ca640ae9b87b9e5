using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// One http[].match[] entry as Dubbo and Thrift read it: the method (the Dubbo or Thrift method name)
/// and header matches, every part ANDed. <see cref="Method"/> is null when no method is matched.
/// </summary>
public sealed record HttpMatchSpec(StringMatchSpec? Method, ImmutableArray<AttributeMatchSpec> Headers, SourceLocation At);

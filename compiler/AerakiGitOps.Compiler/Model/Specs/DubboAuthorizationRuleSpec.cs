using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>One rule: any of its sources (from) and any of its operations (to).</summary>
public sealed record DubboAuthorizationRuleSpec(ImmutableArray<DubboSourceSpec> From, ImmutableArray<DubboOperationSpec> To, SourceLocation At);

using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>A DubboAuthorizationPolicy (dubbo.aeraki.io/v1alpha1); it applies to the Dubbo services of its namespace.</summary>
public sealed record DubboAuthorizationPolicySpec(PolicyDocument Source, string Action, ImmutableArray<DubboAuthorizationRuleSpec> Rules)
{
    public bool IsDeny => Action == "DENY";
}

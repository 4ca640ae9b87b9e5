using System.Collections.Immutable;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>Binds DubboAuthorizationPolicy documents; a missing action is ALLOW, the proto default.</summary>
internal static class DubboAuthorizationBinder
{
    public static DubboAuthorizationPolicySpec Bind(PolicyDocument document)
    {
        var spec = document.Root.Map("spec");
        return new DubboAuthorizationPolicySpec(document, spec.Str("action") ?? "ALLOW", spec.Maps("rules").Select(BindRule).ToImmutableArray());
    }

    private static DubboAuthorizationRuleSpec BindRule(YMapping rule) => new(
        rule.Maps("from").Select(f => f.Map("source") is { } s
            ? new DubboSourceSpec(s.Strings("principals"), s.Strings("notPrincipals"), s.Strings("namespaces"), s.Strings("notNamespaces"), s.At)
            : new DubboSourceSpec([], [], [], [], f.At)).ToImmutableArray(),
        rule.Maps("to").Select(t => t.Map("operation") is { } o
            ? new DubboOperationSpec(o.Strings("interfaces"), o.Strings("notInterfaces"), o.Strings("methods"), o.Strings("notMethods"), o.At)
            : new DubboOperationSpec([], [], [], [], t.At)).ToImmutableArray(),
        rule.At);
}

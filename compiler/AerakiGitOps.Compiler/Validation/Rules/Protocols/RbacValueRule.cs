using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>Every value of a DubboAuthorizationPolicy source or operation is non-empty (Istio rejects empty values).</summary>
internal sealed class RbacValueRule : IPolicyRule
{
    private static readonly string[] SourceFields = ["principals", "notPrincipals", "namespaces", "notNamespaces"];
    private static readonly string[] OperationFields = ["interfaces", "notInterfaces", "methods", "notMethods"];

    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RbacValueEmpty];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var policy in model.Specs.DubboAuthorizationPolicies)
        {
            foreach (var rule in policy.Rules)
            {
                var mappings = rule.From.Select(f => (f.At, SourceFields)).Concat(rule.To.Select(t => (t.At, OperationFields)));
                foreach (var (at, fields) in mappings)
                {
                    var mapping = YamlLocator.MappingAt(policy.Source, at);
                    foreach (var field in fields)
                    {
                        var empty = (mapping?[field] as YSequence)?.Items.OfType<YScalar>().Where(s => s.IsNull || s.Value.Trim().Length == 0) ?? [];
                        foreach (var value in empty)
                        {
                            diagnostics.Report(DiagnosticCatalog.RbacValueEmpty, value.At, field);
                        }
                    }
                }
            }
        }
    }
}

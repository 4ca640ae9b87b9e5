using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Objects;

/// <summary>DestinationRule subset names are DNS-1123 labels, the only names a MetaRouter destination may use.</summary>
internal sealed class SubsetNameRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DestinationRuleSubsetNameInvalid];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var rule in model.Specs.DestinationRules)
        {
            foreach (var subset in rule.Subsets.Where(s => !DnsNames.IsDns1123Label(s.Name)))
            {
                diagnostics.Report(DiagnosticCatalog.DestinationRuleSubsetNameInvalid, YamlLocator.FieldAt(rule.Source, subset.At, "name"), subset.Name);
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.MetaRouters;

/// <summary>One MetaRouter per host: Aeraki picks one at random when there are several (decisions.md makes it an error).</summary>
internal sealed class DuplicateMetaRouterRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DuplicateMetaRouter];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        // The model keeps the first MetaRouter of each host: every other one is a second claimant.
        foreach (var other in model.Specs.MetaRouters)
        {
            if (other.Host.Length > 0 && model.MetaRouterFor(other.Host) is { } first && !ReferenceEquals(first, other))
            {
                var at = YamlLocator.Scalars(other.Source, "spec", "hosts")[0].At;
                diagnostics.Report(DiagnosticCatalog.DuplicateMetaRouter, at, other.Host, $"{first.Source.Namespace}/{first.Source.Name}", first.Source.At);
            }
        }
    }
}

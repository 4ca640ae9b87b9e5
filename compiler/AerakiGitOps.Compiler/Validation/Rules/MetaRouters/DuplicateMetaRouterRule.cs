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
        var routers = model.Specs.MetaRouters.Where(r => r.Host.Length > 0);
        foreach (var group in routers.GroupBy(r => r.Host, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                var at = YamlLocator.Scalars(other.Source, "spec", "hosts")[0].At;
                diagnostics.Report(DiagnosticCatalog.DuplicateMetaRouter, at, group.Key, $"{first.Source.Namespace}/{first.Source.Name}", first.Source.At);
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Objects;

/// <summary>No two objects share kind, namespace and name: the cluster would keep only the last one applied.</summary>
internal sealed class DuplicateObjectRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DuplicateObject];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        // The lock file has no name, and a second MeshSettings is already reported by the binder.
        var named = model.Specs.Documents.Where(d => d.Kind is not (PolicyKind.AddressLock or PolicyKind.MeshSettings));
        foreach (var group in named.GroupBy(d => (d.Kind, d.Namespace, d.Name)))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateObject, YamlLocator.At(other, "metadata", "name"), other.DisplayName, first.At);
            }
        }
    }
}

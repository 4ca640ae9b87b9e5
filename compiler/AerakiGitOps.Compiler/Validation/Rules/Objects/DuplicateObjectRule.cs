using System.Runtime.InteropServices;
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
        var firsts = new Dictionary<(PolicyKind Kind, string Namespace, string Name), PolicyDocument>(model.Specs.Documents.Length);
        foreach (var other in model.Specs.Documents)
        {
            if (other.Kind is PolicyKind.AddressLock or PolicyKind.MeshSettings)
            {
                // The lock file has no name, and a second MeshSettings is already reported by the binder.
                continue;
            }

            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firsts, (other.Kind, other.Namespace, other.Name), out var seen);
            if (!seen)
            {
                first = other;
                continue;
            }

            diagnostics.Report(DiagnosticCatalog.DuplicateObject, YamlLocator.At(other, "metadata", "name"), other.DisplayName, first!.At);
        }
    }
}

using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>Request and response mutations have a key and a value (Aeraki's webhook).</summary>
internal sealed class MutationRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.MutationKeyEmpty, DiagnosticCatalog.MutationValueEmpty];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        foreach (var route in router.Routes)
        {
            CheckAll(router, route.RequestMutation, "requestMutation", diagnostics);
            CheckAll(router, route.ResponseMutation, "responseMutation", diagnostics);
        }
    }

    private static void CheckAll(MetaRouterSpec router, ImmutableArray<KeyValueSpec> mutations, string field, DiagnosticBag diagnostics)
    {
        foreach (var mutation in mutations)
        {
            if (mutation.Key.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.MutationKeyEmpty, YamlLocator.FieldAt(router.Source, mutation.At, "key"), field);
            }

            if (mutation.Value.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.MutationValueEmpty, YamlLocator.FieldAt(router.Source, mutation.At, "value"), field, mutation.Key);
            }
        }
    }
}

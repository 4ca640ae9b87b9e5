using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.MetaRouters;

/// <summary>Every gateway a MetaRouter lists exists: `ns/name`, or a bare `name` in the MetaRouter's namespace, as Aeraki reads it.</summary>
internal sealed class GatewayReferenceRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.GatewayUnknown];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        foreach (var entry in YamlLocator.Scalars(router.Source, "spec", "gateways"))
        {
            var slash = entry.Value.IndexOf('/', StringComparison.Ordinal);
            var (ns, name) = slash < 0 ? (router.Source.Namespace, entry.Value) : (entry.Value[..slash], entry.Value[(slash + 1)..]);
            if (!model.HasGateway(ns, name))
            {
                diagnostics.Report(DiagnosticCatalog.GatewayUnknown, entry.At, entry.Value, $"{ns}/{name}");
            }
        }
    }
}

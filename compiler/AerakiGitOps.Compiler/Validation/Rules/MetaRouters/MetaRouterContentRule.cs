using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.MetaRouters;

/// <summary>A MetaRouter has at least one of routes, globalRateLimit or localRateLimit (Aeraki's webhook).</summary>
internal sealed class MetaRouterContentRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.MetaRouterEmpty];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        if (router.Routes.IsDefaultOrEmpty && router.GlobalRateLimit is null && router.LocalRateLimit is null)
        {
            diagnostics.Report(DiagnosticCatalog.MetaRouterEmpty, YamlLocator.At(router.Source, "spec"));
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>Every route has at least one entry and every entry a destination (Aeraki's generator would dereference nil).</summary>
internal sealed class RouteDestinationsRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RouteWithoutDestination, DiagnosticCatalog.DestinationMissing];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < router.Routes.Length; i++)
        {
            var route = router.Routes[i];
            if (route.Route.IsDefaultOrEmpty)
            {
                diagnostics.Report(DiagnosticCatalog.RouteWithoutDestination, YamlLocator.FieldAt(router.Source, route.At, "route"), RouteNames.Of(route, i));
                continue;
            }

            foreach (var entry in route.Route.Where(e => e.Destination is null))
            {
                diagnostics.Report(DiagnosticCatalog.DestinationMissing, entry.At, RouteNames.Of(route, i));
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>
/// Weights are at most 100 and, with several destinations, every destination has one and they total 100
/// (Aeraki's webhook counts a missing weight as 0; we name it, since it is almost always a mistake).
/// </summary>
internal sealed class RouteWeightsRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.WeightOutOfRange, DiagnosticCatalog.WeightsNotHundred, DiagnosticCatalog.WeightMissing];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        // Plain loops: this runs for every route of every router, and LINQ over an immutable array boxes it.
        for (var i = 0; i < router.Routes.Length; i++)
        {
            var route = router.Routes[i];
            foreach (var entry in route.Route)
            {
                if (entry.Weight > 100)
                {
                    diagnostics.Report(DiagnosticCatalog.WeightOutOfRange, YamlLocator.FieldAt(router.Source, entry.At, "weight"), entry.Weight);
                }
            }

            if (route.Route.Length < 2)
            {
                continue;
            }

            var total = 0L;
            foreach (var entry in route.Route)
            {
                if (entry.Weight is { } weight)
                {
                    total += weight;
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.WeightMissing, entry.At, RouteNames.Of(route, i));
                }
            }

            if (total != 100)
            {
                diagnostics.Report(DiagnosticCatalog.WeightsNotHundred, YamlLocator.FieldAt(router.Source, route.At, "route"), RouteNames.Of(route, i), total);
            }
        }
    }
}

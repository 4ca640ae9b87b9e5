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
        for (var i = 0; i < router.Routes.Length; i++)
        {
            var route = router.Routes[i];
            foreach (var entry in route.Route.Where(e => e.Weight > 100))
            {
                diagnostics.Report(DiagnosticCatalog.WeightOutOfRange, YamlLocator.FieldAt(router.Source, entry.At, "weight"), entry.Weight);
            }

            if (route.Route.Length < 2)
            {
                continue;
            }

            foreach (var entry in route.Route.Where(e => e.Weight is null))
            {
                diagnostics.Report(DiagnosticCatalog.WeightMissing, entry.At, RouteNames.Of(route, i));
            }

            var total = route.Route.Sum(e => (long)(e.Weight ?? 0));
            if (total != 100)
            {
                diagnostics.Report(DiagnosticCatalog.WeightsNotHundred, YamlLocator.FieldAt(router.Source, route.At, "route"), RouteNames.Of(route, i), total);
            }
        }
    }
}

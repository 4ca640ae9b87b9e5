using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>
/// Routes the proxy can never select, since the first matching route wins. Aeraki only warns about a
/// no-match route after another no-match route; this also catches any route after a catch-all (no match,
/// or only attributes Aeraki drops) and any route whose match an earlier route's match already covers
/// (same attributes or a subset of them, each equal, a shorter prefix, or presence-only). Each route is
/// reported against the first earlier route that takes its requests (<see cref="EarlierRoutes"/>).
/// </summary>
internal sealed class UnreachableRouteRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RouteAfterCatchAll, DiagnosticCatalog.RouteShadowed];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        var routes = router.Routes;
        var earlier = new EarlierRoutes();
        for (var later = 0; later < routes.Length; later++)
        {
            var conditions = RouteCoverage.Effective(routes[later]);
            if (earlier.FirstCovering(conditions) is { } first)
            {
                var descriptor = first.IsCatchAll ? DiagnosticCatalog.RouteAfterCatchAll : DiagnosticCatalog.RouteShadowed;
                diagnostics.Report(descriptor, routes[later].At, RouteNames.Of(routes[later], later), RouteNames.Of(routes[first.Index], first.Index), routes[first.Index].At.Line);
            }

            earlier.Add(later, conditions);
        }
    }
}

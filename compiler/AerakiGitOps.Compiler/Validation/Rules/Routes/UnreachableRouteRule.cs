using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>
/// Routes the proxy can never select, since the first matching route wins. Aeraki only warns about a
/// no-match route after another no-match route; this also catches any route after a catch-all (no match,
/// or only attributes Aeraki drops) and any route whose match an earlier route's match already covers
/// (same attributes or a subset of them, each equal, a shorter prefix, or presence-only).
/// </summary>
internal sealed class UnreachableRouteRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RouteAfterCatchAll, DiagnosticCatalog.RouteShadowed];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        var routes = router.Routes;
        var effective = routes.Select(Effective).ToArray();
        for (var later = 1; later < routes.Length; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var conditions = effective[earlier];
                if (conditions.Count == 0)
                {
                    Report(DiagnosticCatalog.RouteAfterCatchAll, routes, earlier, later, diagnostics);
                    break;
                }

                if (Covers(conditions, effective[later]))
                {
                    Report(DiagnosticCatalog.RouteShadowed, routes, earlier, later, diagnostics);
                    break;
                }
            }
        }
    }

    private static void Report(DiagnosticDescriptor descriptor, IReadOnlyList<MetaRouteSpec> routes, int earlier, int later, DiagnosticBag diagnostics)
        => diagnostics.Report(descriptor, routes[later].At, RouteNames.Of(routes[later], later), RouteNames.Of(routes[earlier], earlier), routes[earlier].At.Line);

    /// <summary>The conditions the proxy actually gets: Aeraki drops attributes with no match type.</summary>
    private static List<AttributeMatchSpec> Effective(MetaRouteSpec route)
        => route.Match?.Attributes.Where(a => a.Match.Kind != StringMatchKind.Unset).ToList() ?? [];

    /// <summary>True when every request matching <paramref name="narrow"/> also matches <paramref name="wide"/>.</summary>
    private static bool Covers(List<AttributeMatchSpec> wide, List<AttributeMatchSpec> narrow)
        => wide.All(w => narrow.Any(n => n.Name == w.Name && Covers(w.Match, n.Match)));

    private static bool Covers(StringMatchSpec wide, StringMatchSpec narrow) => wide.Kind switch
    {
        StringMatchKind.Present => true,
        StringMatchKind.Prefix => narrow.Kind is StringMatchKind.Exact or StringMatchKind.Prefix && narrow.Value.StartsWith(wide.Value, StringComparison.Ordinal),
        _ => wide.Kind == narrow.Kind && wide.Value == narrow.Value,
    };
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>A Dubbo or Thrift route has a destination, and several destinations' weights total 100 (Istio's rule; Envoy would split by the wrong ratio).</summary>
internal sealed class NativeRouteWeightsRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.NativeWeightsNotHundred, DiagnosticCatalog.NativeRouteWithoutDestination];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var (virtualService, _, protocol) in NativeRouting.Used(model))
        {
            for (var index = 0; index < virtualService.Http.Length; index++)
            {
                var route = virtualService.Http[index];
                var destinations = route.Route.Where(d => d.Destination is not null).ToList();
                var at = YamlLocator.FieldAt(virtualService.Source, route.At, "route");
                if (destinations.Count == 0)
                {
                    diagnostics.Report(DiagnosticCatalog.NativeRouteWithoutDestination, at, NativeRouting.RouteName(route, index), protocol);
                }
                else if (destinations.Count > 1 && destinations.Sum(d => (long)(d.Weight ?? 0)) is var total && total != 100)
                {
                    diagnostics.Report(DiagnosticCatalog.NativeWeightsNotHundred, at, NativeRouting.RouteName(route, index), total);
                }
            }
        }
    }
}

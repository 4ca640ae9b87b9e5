using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// Plans Envoy's native thrift_proxy for every Thrift port of every service. Outbound routes come from
/// the VirtualService for the host: subsets and weights as in Aeraki, and, beyond Aeraki (which always
/// matches methodName ""), the method name from match.method.exact and the header matches.
/// </summary>
internal sealed class ThriftPlanner(PolicyModel model) : IServicePlanner
{
    public const string Template = "thrift-envoyfilter.sbn-yaml";

    public bool Plans(ServiceModel service) => service.HasPort(ProtocolKind.Thrift);

    public PlanInputs? InputsOf(ServiceModel service) => new PlanInputs(service, model.VirtualServiceFor(service.Host), model.Settings.RootNamespace);

    public IEnumerable<PlannedManifest> Plan(ServiceModel service)
    {
        var virtualService = model.VirtualServiceFor(service.Host);
        foreach (var port in service.PortsOf(ProtocolKind.Thrift))
        {
            foreach (var target in FilterTargets.For(model, service, port))
            {
                var view = target.IsInbound ? Inbound(target) : Outbound(target, service, virtualService);
                IReadOnlyList<string> sources = target.IsInbound || virtualService is null
                    ? [service.Source.File]
                    : [service.Source.File, virtualService.Source.File];
                yield return new PlannedManifest(Template, view, "EnvoyFilter", target.Name, target.Namespace, sources);
            }
        }
    }

    private static ThriftFilterView Outbound(FilterTargetView target, ServiceModel service, VirtualServiceSpec? virtualService)
    {
        var name = ClusterNames.Outbound(target.Port, service.Host);
        var routes = virtualService is null
            ? [new ThriftRouteView(string.Empty, [], RouteActionView.To(name))]
            : NativeRoutes.Entries(virtualService)
                .Select(e => new ThriftRouteView(MethodName(e.Match), NativeRoutes.Headers(e.Match), NativeRoutes.Action(e.Route, target.Port, service.Host, withTotalWeight: false)))
                .ToList();
        return new ThriftFilterView(target, name, name, routes);
    }

    private static ThriftFilterView Inbound(FilterTargetView target)
    {
        var name = ClusterNames.Inbound(target.Port);
        return new ThriftFilterView(target, name, name, [new ThriftRouteView(string.Empty, [], RouteActionView.To(name))]);
    }

    /// <summary>Thrift routes match method names exactly; other method matches are reported by the rules and match every method.</summary>
    private static string MethodName(HttpMatchSpec? match)
        => match?.Method is { Kind: StringMatchKind.Exact } method ? method.Value : string.Empty;
}

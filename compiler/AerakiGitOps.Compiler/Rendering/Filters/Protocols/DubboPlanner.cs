using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// Plans Envoy's native dubbo_proxy for every Dubbo port of every service (Aeraki only uses ports[0]):
/// outbound with the interface from the `interface` annotation and routes from the VirtualService for
/// the host (default: every method to the service); inbound with the namespace's
/// DubboAuthorizationPolicies as RBAC filters.
/// </summary>
internal sealed class DubboPlanner(PolicyModel model) : IServicePlanner
{
    public const string Template = "dubbo-envoyfilter.sbn-yaml";

    public bool Plans(ServiceModel service) => service.HasPort(ProtocolKind.Dubbo);

    public PlanInputs? InputsOf(ServiceModel service)
        => new PlanInputs(service, model.VirtualServiceFor(service.Host), model.Settings.RootNamespace).With(model.DubboPoliciesIn(service.Namespace));

    public IEnumerable<PlannedManifest> Plan(ServiceModel service)
    {
        var virtualService = model.VirtualServiceFor(service.Host);
        var policies = model.DubboPoliciesIn(service.Namespace);
        foreach (var port in service.PortsOf(ProtocolKind.Dubbo))
        {
            foreach (var target in FilterTargets.For(model, service, port))
            {
                if (target.IsInbound)
                {
                    yield return Manifest(Inbound(target, policies), Sources(service, null, policies));
                }
                else if (service.DubboInterface is { Length: > 0 } dubboInterface)
                {
                    // Without the annotation Aeraki emits an empty filter; the rules report it instead.
                    yield return Manifest(Outbound(target, service, dubboInterface, virtualService), Sources(service, virtualService, []));
                }
            }
        }
    }

    private static DubboFilterView Outbound(FilterTargetView target, ServiceModel service, string dubboInterface, VirtualServiceSpec? virtualService)
    {
        var name = ClusterNames.Outbound(target.Port, service.Host);
        var routes = virtualService is null
            ? [new DubboRouteView(StringMatcherView.AnyRegex, [], RouteActionView.To(name))]
            : NativeRoutes.Entries(virtualService)
                .Select(e => new DubboRouteView(Method(e.Match), NativeRoutes.Headers(e.Match), NativeRoutes.Action(e.Route, target.Port, service.Host, withTotalWeight: true)))
                .ToList();
        return new DubboFilterView
        {
            Target = target,
            StatPrefix = name,
            RouteConfigName = name,
            Interface = dubboInterface,
            Routes = routes,
            RbacFilters = [],
        };
    }

    private static DubboFilterView Inbound(FilterTargetView target, IReadOnlyList<DubboAuthorizationPolicySpec> policies)
    {
        var name = ClusterNames.Inbound(target.Port);
        return new DubboFilterView
        {
            Target = target,
            StatPrefix = name,
            RouteConfigName = name,
            Interface = "*",
            Routes = [new DubboRouteView(StringMatcherView.AnyRegex, [], RouteActionView.To(name))],
            RbacFilters = DubboRbacPlanner.Filters(policies),
        };
    }

    /// <summary>The VirtualService's method match; no (or an unset) method matches every method.</summary>
    private static StringMatcherView Method(HttpMatchSpec? match) => match?.Method switch
    {
        { Kind: StringMatchKind.Exact } m => new StringMatcherView("exact", m.Value),
        { Kind: StringMatchKind.Prefix } m => new StringMatcherView("prefix", m.Value),
        { Kind: StringMatchKind.Regex } m => new StringMatcherView("regex", m.Value),
        _ => StringMatcherView.AnyRegex,
    };

    private static IReadOnlyList<string> Sources(ServiceModel service, VirtualServiceSpec? virtualService, IReadOnlyList<DubboAuthorizationPolicySpec> policies)
    {
        IEnumerable<string> files = [service.Source.File];
        if (virtualService is not null)
        {
            files = files.Append(virtualService.Source.File);
        }

        return [.. files.Concat(policies.Select(p => p.Source.File))];
    }

    private static PlannedManifest Manifest(DubboFilterView view, IReadOnlyList<string> sources)
        => new(Template, view, "EnvoyFilter", view.Target.Name, view.Target.Namespace, sources);
}

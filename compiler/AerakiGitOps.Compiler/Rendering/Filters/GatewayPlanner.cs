using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Filters.Protocols;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>
/// Plans MetaProtocol on gateways: for each MetaProtocol server of a Gateway that a MetaRouter lists and
/// routes to on that port, one EnvoyFilter per server (Aeraki collapses several servers into one name)
/// and the VirtualService that makes Istio open the listener.
/// </summary>
internal sealed class GatewayPlanner(PolicyModel model)
{
    public const string VirtualServiceTemplate = "gateway-virtualservice.sbn-yaml";

    public IEnumerable<PlannedManifest> Plan()
    {
        var accessLog = ObservabilityPlanner.AccessLog(model.Specs.MeshSettings);
        var tracing = ObservabilityPlanner.Tracing(model.Specs.MeshSettings);
        var routers = RoutersByGatewayPort();
        foreach (var gateway in model.Specs.Gateways)
        {
            var gatewayRef = $"{gateway.Source.Namespace}/{gateway.Source.Name}";
            foreach (var server in gateway.Servers)
            {
                var (protocol, application) = ProtocolDetector.FromName(server.PortName);
                if (protocol != ProtocolKind.MetaProtocol || model.Codecs.CodecFor(application ?? string.Empty) is not { } codec)
                {
                    continue;
                }

                if (routers.GetValueOrDefault((gatewayRef, server.PortNumber)) is not { } router)
                {
                    continue;
                }

                var port = server.PortNumber;
                var sources = new[] { gateway.Source.File, router.Source.File }.Distinct(StringComparer.Ordinal).ToList();
                var filter = new MetaProtocolFilterView
                {
                    Target = FilterTargets.Gateway(gateway.Source.Name, gateway.Source.Namespace, gateway.Selector, port),
                    StatPrefix = ClusterNames.Outbound(port, router.Host),
                    ApplicationProtocol = application!,
                    Codec = codec,
                    RouteConfigName = ClusterNames.RouteConfig(router.Host, port),
                    DestinationService = router.Host,
                    AccessLog = accessLog,
                    Tracing = tracing,
                };
                yield return new PlannedManifest(MetaProtocolPlanner.Template, filter, "EnvoyFilter", filter.Target.Name, filter.Target.Namespace, sources);

                var virtualService = new GatewayVirtualServiceView(
                    FilterNames.GatewayVirtualService(gateway.Source.Name, gateway.Source.Namespace, port),
                    gateway.Source.Namespace,
                    router.Host,
                    gatewayRef,
                    port);
                yield return new PlannedManifest(VirtualServiceTemplate, virtualService, "VirtualService", virtualService.Name, virtualService.Namespace, sources);
            }
        }
    }

    /// <summary>
    /// For each (gateway "namespace/name", port), the first MetaRouter (source order) that lists the gateway
    /// (a bare name is in the router's namespace) and routes to that port: one walk over the routers, not
    /// one per gateway server.
    /// </summary>
    private Dictionary<(string GatewayRef, uint Port), MetaRouterSpec> RoutersByGatewayPort()
    {
        var routers = new Dictionary<(string, uint), MetaRouterSpec>();
        foreach (var router in model.Specs.MetaRouters.Where(r => r.Gateways.Length > 0))
        {
            var ports = router.Routes.SelectMany(route => route.Route).Where(d => d.Destination is not null).Select(d => d.Destination!.Port).Distinct().ToList();
            foreach (var gateway in router.Gateways.Select(g => g.Contains('/', StringComparison.Ordinal) ? g : $"{router.Source.Namespace}/{g}").Distinct(StringComparer.Ordinal))
            {
                foreach (var port in ports)
                {
                    routers.TryAdd((gateway, port), router);
                }
            }
        }

        return routers;
    }
}

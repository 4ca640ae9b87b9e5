using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Filters.Protocols;
using AerakiGitOps.Compiler.Rendering.Routes;

namespace AerakiGitOps.Compiler.Rendering.Filters;

/// <summary>
/// Plans the MetaProtocol EnvoyFilters of every service port: one outbound filter per address, one
/// inbound filter when the service selects workloads. Every MetaProtocol port is handled (Aeraki too),
/// and every patch carries its context.
/// </summary>
internal sealed class MetaProtocolPlanner(PolicyModel model) : IServicePlanner
{
    public const string Template = "metaprotocol-envoyfilter.sbn-yaml";
    private readonly AccessLogView? _accessLog = ObservabilityPlanner.AccessLog(model.Specs.MeshSettings);
    private readonly TracingView? _tracing = ObservabilityPlanner.Tracing(model.Specs.MeshSettings);

    public bool Plans(ServiceModel service) => service.HasPort(ProtocolKind.MetaProtocol);

    /// <summary>The service, its MetaRouter and DestinationRule, the mesh settings, the root namespace, and the codec of each MetaProtocol port.</summary>
    public PlanInputs? InputsOf(ServiceModel service)
    {
        var inputs = new List<object?>(6) { service, model.MetaRouterFor(service.Host), model.DestinationRuleFor(service.Host), model.Specs.MeshSettings, model.Settings.RootNamespace };
        foreach (var port in service.Ports)
        {
            if (port.Protocol == ProtocolKind.MetaProtocol)
            {
                inputs.Add(model.Codecs.CodecFor(port.ApplicationProtocol ?? string.Empty));
            }
        }

        return new PlanInputs([.. inputs]);
    }

    public IEnumerable<PlannedManifest> Plan(ServiceModel service)
    {
        foreach (var port in service.PortsOf(ProtocolKind.MetaProtocol))
        {
            if (model.Codecs.CodecFor(port.ApplicationProtocol ?? string.Empty) is not { } codec)
            {
                continue;
            }

            var router = model.MetaRouterFor(service.Host);
            var sources = SourceFiles(service, router);
            foreach (var ns in Namespaces(router))
            {
                foreach (var address in service.ListenerAddresses)
                {
                    yield return Manifest(Outbound(service, port, codec, address, ns), sources);
                }

                if (service.WorkloadSelector.Count > 0)
                {
                    yield return Manifest(Inbound(service, port, codec, router, ns), sources);
                }
            }
        }
    }

    private MetaProtocolFilterView Outbound(ServiceModel service, ServicePortModel port, string codec, string address, string ns) => new()
    {
        Target = FilterTargets.Outbound(service, address, port.Number, ns),
        StatPrefix = ClusterNames.Outbound(port.Number, service.Host),
        ApplicationProtocol = port.ApplicationProtocol!,
        Codec = codec,
        RouteConfigName = ClusterNames.RouteConfig(service.Host, port.Number),
        DestinationService = service.Host,
        AccessLog = _accessLog,
        Tracing = _tracing,
    };

    private MetaProtocolFilterView Inbound(ServiceModel service, ServicePortModel port, string codec, MetaRouterSpec? router, string ns) => new()
    {
        Target = FilterTargets.Inbound(service, port.Number, ns),
        StatPrefix = ClusterNames.Inbound(port.Number),
        ApplicationProtocol = port.ApplicationProtocol!,
        Codec = codec,
        InboundCluster = ClusterNames.Inbound(port.Number),
        LocalRateLimit = RateLimitPlanner.Local(router),
        GlobalRateLimit = RateLimitPlanner.Global(router),
        DestinationService = service.Host,
        AccessLog = _accessLog,
        Tracing = _tracing,
    };

    /// <summary>exportTo "." is the MetaRouter's namespace, "*" the root namespace; no exportTo means the root namespace.</summary>
    private IEnumerable<string> Namespaces(MetaRouterSpec? router)
    {
        if (router is null || router.ExportTo.IsDefaultOrEmpty)
        {
            return [model.Settings.RootNamespace];
        }

        return router.ExportTo
            .Select(e => e switch
            {
                "." => router.Source.Namespace,
                "*" => model.Settings.RootNamespace,
                _ => e,
            })
            .Distinct(StringComparer.Ordinal);
    }

    private IReadOnlyList<string> SourceFiles(ServiceModel service, MetaRouterSpec? router)
    {
        var files = new List<string>(4) { service.Source.File };
        if (router is not null)
        {
            files.Add(router.Source.File);
        }

        if (model.DestinationRuleFor(service.Host) is { } rule)
        {
            files.Add(rule.Source.File);
        }

        if (model.Specs.MeshSettings.Source is { } mesh)
        {
            files.Add(mesh.File);
        }

        return files;
    }

    private static PlannedManifest Manifest(MetaProtocolFilterView view, IReadOnlyList<string> sources)
        => new(Template, view, "EnvoyFilter", view.Target.Name, view.Target.Namespace, sources);
}

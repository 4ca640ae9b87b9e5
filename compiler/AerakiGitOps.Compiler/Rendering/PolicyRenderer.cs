using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Filters;
using AerakiGitOps.Compiler.Rendering.Filters.Protocols;
using AerakiGitOps.Compiler.Rendering.Filters.Redis;
using AerakiGitOps.Compiler.Rendering.Manifests;
using AerakiGitOps.Compiler.Rendering.Routes;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Rendering;

/// <summary>
/// Renders a validated model: EnvoyFilters and gateway VirtualServices through templates, pass-through
/// objects, and RDS route configs. With a <see cref="RenderCache"/>, a manifest whose template and view
/// are unchanged since the cache's last pass is reused instead of rendered.
/// </summary>
public sealed class PolicyRenderer(PolicyModel model, RenderCache? cache = null)
{
    public RenderedPolicy Render(DiagnosticBag diagnostics)
    {
        var pass = cache?.BeginPass();
        var renderer = new ManifestRenderer(TemplateCatalog.Shared, pass);
        // Services are independent: each (planner, service) unit is planned and rendered (or taken whole from
        // the cache) in parallel, in the order of the planners and then of the services, so the output does not
        // depend on scheduling.
        var manifests = Flatten(
            OrderedParallel.Map(PlanningUnits(), unit => unit.Render(renderer, pass, diagnostics)),
            PassThroughRenderer.Render(model));
        ManifestOrder.Sort(manifests, cache?.Order);

        var routeConfigs = RouteConfigs(pass);
        pass?.Complete();
        return new RenderedPolicy(manifests, routeConfigs);
    }

    /// <summary>Every manifest a render would template, in output order, planned but not rendered (for tests of the templates' text).</summary>
    internal IEnumerable<PlannedManifest> PlanAll() => PlanningUnits().SelectMany(unit => unit.Plan());

    private static RenderedManifest[] Flatten(IReadOnlyList<RenderedManifest>[] perUnit, IReadOnlyList<RenderedManifest> passThrough)
    {
        var all = new RenderedManifest[perUnit.Sum(m => m.Count) + passThrough.Count];
        var next = 0;
        foreach (var manifests in perUnit.Append(passThrough))
        {
            foreach (var manifest in manifests)
            {
                all[next++] = manifest;
            }
        }

        return all;
    }

    /// <summary>The planners in output order: per-service planners once for each service they have something for, gateways once.</summary>
    private List<PlanningUnit> PlanningUnits()
    {
        var units = new List<PlanningUnit>();
        AddPerService(new MetaProtocolPlanner(model));
        units.Add(new PlanningUnit(new GatewayPlanner(model)));
        AddPerService(new DubboPlanner(model));
        AddPerService(new ThriftPlanner(model));
        AddPerService(new RedisPlanner(model));
        AddPerService(new StatPrefixFilterPlanner(model));
        return units;

        void AddPerService(IServicePlanner planner)
        {
            foreach (var service in model.Services)
            {
                if (planner.Plans(service))
                {
                    units.Add(new PlanningUnit(planner, service));
                }
            }
        }
    }

    /// <summary>One RouteConfiguration per (service host, MetaProtocol port), for every service with such a port; built in parallel, first of a name wins.</summary>
    private List<RouteConfiguration> RouteConfigs(RenderPass? pass)
    {
        var builder = new RouteConfigBuilder(model, pass);
        var targets = new List<(ServiceModel Service, ServicePortModel Port)>(model.Services.Length);
        foreach (var service in model.Services)
        {
            foreach (var port in service.Ports)
            {
                if (port.Protocol == ProtocolKind.MetaProtocol)
                {
                    targets.Add((service, port));
                }
            }
        }

        var built = OrderedParallel.Map(targets, target => builder.Build(target.Service, target.Port));
        return SortedByNameFirstWins(built);
    }

    /// <summary>Sorted by name, keeping the first config of a name: one sort, no set of every name.</summary>
    private static List<RouteConfiguration> SortedByNameFirstWins(RouteConfiguration[] configs)
    {
        var names = StableOrdinalSort.Sort(configs, c => c.Name);
        var distinct = new List<RouteConfiguration>(configs.Length);
        for (var i = 0; i < configs.Length; i++)
        {
            if (i == 0 || !string.Equals(names[i], names[i - 1], StringComparison.Ordinal))
            {
                distinct.Add(configs[i]);
            }
        }

        return distinct;
    }
}

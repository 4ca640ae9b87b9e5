using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Caching;
using Envoy.Config.Core.V3;
using Envoy.Config.Route.V3;
using Envoy.Type.V3;

namespace AerakiGitOps.Compiler.Rendering.Routes;

/// <summary>
/// Builds the RDS RouteConfiguration of one (service host, MetaProtocol port): the MetaRouter's routes
/// in order, or Aeraki's default route, inside the single "dummy" virtual host the proxy expects. With a
/// render pass, a route config whose inputs are the same spec objects as in the previous compilation is reused.
/// </summary>
public sealed class RouteConfigBuilder
{
    private readonly PolicyModel model;
    private readonly RenderPass? pass;

    public RouteConfigBuilder(PolicyModel model)
        : this(model, null)
    {
    }

    internal RouteConfigBuilder(PolicyModel model, RenderPass? pass)
    {
        this.model = model;
        this.pass = pass;
    }

    public RouteConfiguration Build(ServiceModel service, ServicePortModel port)
    {
        if (pass is null)
        {
            return BuildNew(service, port);
        }

        var router = model.MetaRouterFor(service.Host);
        var consulted = t_consulted ??= [];
        CollectConsultedRules(service, router, consulted);
        return pass.GetOrBuildRouteConfig(service.Host, port.Number, router, CollectionsMarshal.AsSpan(consulted), () => BuildNew(service, port));
    }

    /// <summary>Reused by every build on this thread: the dependencies of a reused config are compared in place, not copied.</summary>
    [ThreadStatic]
    private static List<DestinationRuleSpec?>? t_consulted;

    /// <summary>
    /// The DestinationRules <see cref="HashHeader"/> reads while building, one per destination host in order of first
    /// appearance: everything a route config depends on besides the router.
    /// </summary>
    private void CollectConsultedRules(ServiceModel service, MetaRouterSpec? router, List<DestinationRuleSpec?> consulted)
    {
        consulted.Clear();
        if (router is not { Routes.Length: > 0 })
        {
            consulted.Add(model.DestinationRuleFor(service.Host));
            return;
        }

        foreach (var host in DestinationHosts.GetValue(router, DistinctDestinationHosts))
        {
            consulted.Add(model.DestinationRuleFor(host));
        }
    }

    /// <summary>The destination hosts of each router (immutable), worked out once: routes usually repeat a few hosts.</summary>
    private static readonly ConditionalWeakTable<MetaRouterSpec, string[]> DestinationHosts = new();

    private static string[] DistinctDestinationHosts(MetaRouterSpec router)
        => [.. router.Routes.SelectMany(r => r.Route).Select(w => w.Destination?.Host).OfType<string>().Distinct(StringComparer.Ordinal)];

    private RouteConfiguration BuildNew(ServiceModel service, ServicePortModel port)
    {
        var virtualHost = new VirtualHost { Name = "dummy", Domains = { "*" } };
        var router = model.MetaRouterFor(service.Host);
        if (router is { Routes.Length: > 0 })
        {
            virtualHost.Routes.AddRange(router.Routes.Select(r => BuildRoute(r, port.Number)));
        }
        else
        {
            virtualHost.Routes.Add(DefaultRoute(service, port.Number));
        }

        return new RouteConfiguration { Name = ClusterNames.RouteConfig(service.Host, port.Number), VirtualHosts = { virtualHost } };
    }

    private Route DefaultRoute(ServiceModel service, uint port)
    {
        var action = new RouteAction { Cluster = ClusterNames.Outbound(port, service.Host) };
        if (HashHeader(service.Host, string.Empty) is { } header)
        {
            action.HashPolicy.Add(HashPolicy(header));
        }

        return new Route { Name = "default", Match = new RouteMatch { Prefix = "/" }, Route_ = action };
    }

    private Route BuildRoute(MetaRouteSpec spec, uint port)
    {
        var route = new Route
        {
            Name = spec.Name,
            Match = new RouteMatch { Prefix = "/", Headers = { HeaderMatchers.From(spec.Match) } },
            Route_ = BuildAction(spec, port),
        };
        route.RequestHeadersToAdd.AddRange(spec.RequestMutation.Select(HeaderOption));
        route.ResponseHeadersToAdd.AddRange(spec.ResponseMutation.Select(HeaderOption));
        return route;
    }

    private RouteAction BuildAction(MetaRouteSpec spec, uint port)
    {
        var destinations = spec.Route.Where(d => d.Destination is not null).ToList();
        var action = new RouteAction();
        if (destinations.Count == 1)
        {
            action.Cluster = Cluster(destinations[0].Destination!, port);
        }
        else if (destinations.Count > 1)
        {
            var weighted = new WeightedCluster();
            foreach (var destination in destinations)
            {
                weighted.Clusters.Add(new WeightedCluster.Types.ClusterWeight { Name = Cluster(destination.Destination!, port), Weight = destination.Weight ?? 0 });
            }

            weighted.TotalWeight = (uint)destinations.Sum(d => (long)(d.Weight ?? 0));
            action.WeightedClusters = weighted;
        }

        foreach (var destination in destinations)
        {
            if (HashHeader(destination.Destination!.Host, destination.Destination.Subset) is { } header)
            {
                action.HashPolicy.Add(HashPolicy(header));
            }
        }

        if (spec.Mirror is { } mirror)
        {
            action.RequestMirrorPolicies.Add(new RouteAction.Types.RequestMirrorPolicy
            {
                Cluster = Cluster(mirror, port),
                RuntimeFraction = new RuntimeFractionalPercent { DefaultValue = MirrorFraction(spec.MirrorPercentage) },
            });
        }

        return action;
    }

    /// <summary>
    /// Percent p in (0, 100] becomes floor(p × 10000) per million; no percentage means 100 %. The product is
    /// taken in decimal so that a percentage written as 0.57 gives 5700, not the 5699 binary doubles give.
    /// </summary>
    internal static FractionalPercent MirrorFraction(double? percentage)
    {
        var percent = percentage is > 0 ? Math.Min(percentage.Value, 100) : 100;
        return new FractionalPercent { Numerator = (uint)decimal.Floor((decimal)percent * 10_000m), Denominator = FractionalPercent.Types.DenominatorType.Million };
    }

    private static string Cluster(DestinationSpec destination, uint port)
        => ClusterNames.Outbound(destination.Port != 0 ? destination.Port : port, destination.Subset, destination.Host);

    /// <summary>Subset "" reads the DestinationRule's top-level policy; a named subset only its own (Aeraki does not fall back).</summary>
    private string? HashHeader(string host, string subset)
    {
        var rule = model.DestinationRuleFor(host);
        if (rule is null)
        {
            return null;
        }

        return subset.Length == 0
            ? rule.HashHeader
            : rule.Subsets.FirstOrDefault(s => s.Name == subset)?.HashHeader;
    }

    private static RouteAction.Types.HashPolicy HashPolicy(string header)
        => new() { Header = new RouteAction.Types.HashPolicy.Types.Header { HeaderName = header } };

    private static HeaderValueOption HeaderOption(KeyValueSpec mutation)
        => new() { Header = new HeaderValue { Key = mutation.Key, Value = mutation.Value } };
}

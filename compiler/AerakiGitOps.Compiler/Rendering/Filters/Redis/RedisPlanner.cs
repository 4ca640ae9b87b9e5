using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Filters.Protocols;

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>
/// Plans redis_proxy (REPLACE tcp_proxy) for every Redis port of every service, each on its own listener
/// (Aeraki patches ports[0] for all of them). Outbound filters also replace the port's cluster; only the
/// first address's filter carries those patches, so a service with several addresses does not add the
/// same cluster twice.
/// </summary>
internal sealed class RedisPlanner(PolicyModel model) : IServicePlanner
{
    public const string Template = "redis-envoyfilter.sbn-yaml";

    public bool Plans(ServiceModel service) => service.HasPort(ProtocolKind.Redis);

    /// <summary>None: a RedisService's routes read the ports of the services they route to.</summary>
    public PlanInputs? InputsOf(ServiceModel service) => null;

    public IEnumerable<PlannedManifest> Plan(ServiceModel service)
    {
        var redis = model.RedisServiceFor(service);
        var destination = model.RedisDestinationFor(service);
        foreach (var port in service.PortsOf(ProtocolKind.Redis))
        {
            var first = true;
            foreach (var target in FilterTargets.For(model, service, port))
            {
                RedisFilterView view;
                if (target.IsInbound)
                {
                    view = new RedisFilterView(target, RedisProxyBuilder.Inbound(port), null);
                }
                else
                {
                    var proxy = redis is null ? RedisProxyBuilder.Fallback(service, port) : RedisProxyBuilder.Outbound(model, service, port, redis);
                    view = new RedisFilterView(target, proxy, first ? RedisClusterBuilder.Build(model, service, port, destination) : null);
                    first = false;
                }

                yield return new PlannedManifest(Template, view, "EnvoyFilter", target.Name, target.Namespace, Sources(service, target.IsInbound));
            }
        }
    }

    private IReadOnlyList<string> Sources(ServiceModel service, bool inbound)
    {
        IEnumerable<string> files = [service.Source.File];
        if (!inbound)
        {
            files = files
                .Concat(model.RedisServiceFor(service) is { } redis ? [redis.Source.File] : [])
                .Concat(model.RedisDestinationFor(service) is { } destination ? [destination.Source.File] : []);
            // The mesh settings say where Secret references are read from.
            var secrets = model.RedisServiceFor(service)?.Settings?.Auth?.Secret ?? model.RedisDestinationFor(service)?.ConnectionPool?.Auth?.Secret;
            if (secrets is not null && model.Specs.MeshSettings.Source is { } mesh)
            {
                files = files.Append(mesh.File);
            }
        }

        return [.. files];
    }
}

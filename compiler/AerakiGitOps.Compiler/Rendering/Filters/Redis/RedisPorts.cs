using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>Resolves a RedisService route or mirror destination to its cluster, with Aeraki's port rule.</summary>
internal static class RedisPorts
{
    /// <summary>
    /// outbound|port||host where port is the destination's own port, else the target service's only port,
    /// else its port equal to the listener port, else its port named like the listener port, else the
    /// listener port. A short host is qualified in the RedisService's namespace.
    /// </summary>
    public static string Cluster(PolicyModel model, RedisTargetSpec target, string ns, ServicePortModel listener)
    {
        var service = model.ServiceFor(model.Fqdn(target.Host, ns));
        var host = service?.Host ?? target.Host;
        return Routes.ClusterNames.Outbound(target.Port > 0 ? target.Port : PortOf(service, listener), host);
    }

    private static uint PortOf(ServiceModel? service, ServicePortModel listener)
    {
        if (service is null)
        {
            return listener.Number;
        }

        if (service.Ports.Length == 1)
        {
            return service.Ports[0].Number;
        }

        if (service.Ports.Any(p => p.Number == listener.Number))
        {
            return listener.Number;
        }

        return service.Ports.FirstOrDefault(p => p.Name == listener.Name)?.Number ?? listener.Number;
    }
}

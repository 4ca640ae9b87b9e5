using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Cli.Discovery;

/// <summary>
/// Chooses what `discover` reads: Kubernetes Services whose manifest has no clusterIP, and ServiceEntries
/// without addresses that need a virtual IP. Services whose addresses git already declares, headless
/// Services and ServiceEntries with resolution NONE need nothing from the cluster.
/// </summary>
public static class DiscoveryTargets
{
    public static IReadOnlyList<DiscoveryTarget> From(PolicyModel model)
    {
        var targets = new Dictionary<string, DiscoveryTarget>(StringComparer.Ordinal);
        foreach (var service in model.Services)
        {
            var kind = (service.Origin, service.AddressOrigin) switch
            {
                (ServiceOrigin.KubernetesService, AddressOrigin.LockFile or AddressOrigin.Unknown) => DiscoveryKind.Service,
                (ServiceOrigin.ServiceEntry, AddressOrigin.LockFile or AddressOrigin.Allocated) => DiscoveryKind.ServiceEntry,
                _ => (DiscoveryKind?)null,
            };
            if (kind is { } k)
            {
                targets.TryAdd(service.Host, new DiscoveryTarget(service.Host, k, service.Namespace, service.Name, service.Source.At));
            }
        }

        return [.. targets.Values.OrderBy(t => t.Host, StringComparer.Ordinal)];
    }
}

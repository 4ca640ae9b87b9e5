using System.Collections.Immutable;
using System.Net;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Cli.Discovery;

/// <summary>
/// Asks the cluster for each target's addresses and settles the new lock content: a found object's
/// addresses replace its entry; a missing object keeps its entry (a warning says so); a headless Service
/// or a ServiceEntry without addresses gets no entry; hosts that are no longer targets are dropped.
/// </summary>
public static class AddressDiscoverer
{
    public static async Task<LockedHosts> DiscoverAsync(
        IReadOnlyList<DiscoveryTarget> targets, LockedHosts current, IClusterReader cluster, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var hosts = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var found = await cluster.ReadAddressesAsync(target, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                diagnostics.Report(DiagnosticCatalog.DiscoverObjectNotFound, target.At, target.Kind, target.Namespace, target.Name, target.Host);
                if (current.Hosts.TryGetValue(target.Host, out var kept))
                {
                    hosts[target.Host] = kept;
                }

                continue;
            }

            var addresses = Usable(target, found, diagnostics);
            if (addresses.Length > 0)
            {
                hosts[target.Host] = addresses;
            }
        }

        return new LockedHosts(hosts);
    }

    private static ImmutableArray<string> Usable(DiscoveryTarget target, IReadOnlyList<string> found, DiagnosticBag diagnostics)
    {
        if (target.Kind == DiscoveryKind.Service && (found.Count == 0 || found.Contains("None", StringComparer.Ordinal)))
        {
            diagnostics.Report(DiagnosticCatalog.DiscoverHeadlessInCluster, target.At, target.Namespace, target.Name, target.Host);
            return [];
        }

        var usable = ImmutableArray.CreateBuilder<string>();
        foreach (var address in found.Distinct(StringComparer.Ordinal))
        {
            if (!address.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(address, out var ip) && ip.ToString() == address)
            {
                usable.Add(address);
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.DiscoverUnusableAddress, target.At, target.Kind, target.Namespace, target.Name, target.Host, address);
            }
        }

        return usable.ToImmutable();
    }
}

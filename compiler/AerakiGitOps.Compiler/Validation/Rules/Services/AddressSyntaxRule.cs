using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>
/// Service addresses are IP addresses, and ServiceEntry addresses may also be CIDR blocks (as Istio allows).
/// Anything else Istio or Kubernetes rejects, and it would end up in listener names, object names and file paths.
/// </summary>
internal sealed class AddressSyntaxRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.AddressInvalid];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var entry in model.Specs.ServiceEntries)
        {
            foreach (var address in entry.Addresses.Where(a => !IpAddresses.IsIpOrCidr(a)))
            {
                Report(entry.Source, address, "an IP address or a CIDR block", ["spec", "addresses"], diagnostics);
            }
        }

        foreach (var service in model.Specs.Services)
        {
            if (service.ClusterIP is { Length: > 0 } clusterIp && clusterIp != "None" && !IpAddresses.IsIp(clusterIp))
            {
                diagnostics.Report(DiagnosticCatalog.AddressInvalid, YamlLocator.At(service.Source, "spec", "clusterIP"), clusterIp, service.Source.DisplayName, "an IP address or None");
            }

            foreach (var address in service.ClusterIPs.Where(a => a != "None" && !IpAddresses.IsIp(a)))
            {
                Report(service.Source, address, "an IP address or None", ["spec", "clusterIPs"], diagnostics);
            }
        }

        foreach (var lockFile in model.Specs.AddressLocks)
        {
            foreach (var host in lockFile.Hosts)
            {
                foreach (var address in host.Addresses.Where(a => !IpAddresses.IsIp(a)))
                {
                    diagnostics.Report(DiagnosticCatalog.AddressInvalid, host.At, address, $"the lock-file entry of {host.Host}", "an IP address");
                }
            }
        }
    }

    /// <summary>Reports at the sequence item that holds the address (found only for invalid ones).</summary>
    private static void Report(PolicyDocument source, string address, string expected, string[] path, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCatalog.AddressInvalid, YamlLocator.ItemAt(source, address, path), address, source.DisplayName, expected);
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>
/// A CIDR address of a service with managed ports gets no outbound filter (<see cref="ServiceModel.ListenerAddresses"/>):
/// say so at the address, since Aeraki's filter for it patches a listener Istio never creates.
/// </summary>
internal sealed class CidrAddressRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.CidrAddressWithoutFilter];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var service in model.Services.Where(s => s.Origin == ServiceOrigin.ServiceEntry))
        {
            if (service.Ports.FirstOrDefault(p => p.Protocol != ProtocolKind.Unsupported) is not { } port)
            {
                continue;
            }

            foreach (var address in service.Addresses.Where(a => a.Contains('/', StringComparison.Ordinal) && IpAddresses.IsIpOrCidr(a)))
            {
                diagnostics.Report(DiagnosticCatalog.CidrAddressWithoutFilter, YamlLocator.ItemAt(service.Source, address, "spec", "addresses"), address, service.Source.DisplayName, port.Protocol);
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>A headless Kubernetes Service has no VIP, so its managed ports get no outbound filter: warn.</summary>
internal sealed class HeadlessServiceRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.HeadlessService];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var service in model.Services.Where(s => s is { Origin: ServiceOrigin.KubernetesService, AddressOrigin: AddressOrigin.None }))
        {
            var managed = service.Ports.Count(p => p.Protocol != ProtocolKind.Unsupported);
            if (managed > 0)
            {
                diagnostics.Report(DiagnosticCatalog.HeadlessService, ServiceLocations.Of(service), $"{service.Namespace}/{service.Name}", managed);
            }
        }
    }
}

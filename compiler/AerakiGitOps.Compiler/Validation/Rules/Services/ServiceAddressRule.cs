using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>A Kubernetes Service with a managed port whose ClusterIP git does not know gets no outbound filter: warn how to fix it.</summary>
internal sealed class ServiceAddressRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.ServiceAddressUnknown];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        var unknown = model.Services.Where(s => s is { Origin: ServiceOrigin.KubernetesService, AddressOrigin: AddressOrigin.Unknown }
            && s.HasManagedPort);
        foreach (var service in unknown)
        {
            diagnostics.Report(DiagnosticCatalog.ServiceAddressUnknown, ServiceLocations.Of(service), $"{service.Namespace}/{service.Name}");
        }
    }
}

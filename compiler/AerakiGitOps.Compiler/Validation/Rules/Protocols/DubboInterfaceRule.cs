using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>An outbound dubbo_proxy needs the Dubbo interface (Aeraki silently emits an empty filter without it).</summary>
internal sealed class DubboInterfaceRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DubboInterfaceMissing];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        var missing = model.Services.Where(s => s.PortsOf(ProtocolKind.Dubbo).Any() && s.Addresses.Length > 0 && string.IsNullOrWhiteSpace(s.DubboInterface));
        foreach (var service in missing)
        {
            diagnostics.Report(DiagnosticCatalog.DubboInterfaceMissing, ServiceLocations.Of(service), service.Host);
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>A MetaProtocol service without a workload selector gets no inbound filter (Aeraki would select {app: ""}): warn, unless it is outside the mesh.</summary>
internal sealed class WorkloadSelectorRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.NoWorkloadSelector];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var service in model.Services.Where(s => s.WorkloadSelector.Count == 0 && s.PortsOf(ProtocolKind.MetaProtocol).Any() && !ServiceLocations.IsMeshExternal(s)))
        {
            diagnostics.Report(DiagnosticCatalog.NoWorkloadSelector, ServiceLocations.Of(service), service.Host);
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>A service with a native protocol port but no workload selector gets no inbound filter (Aeraki would select {app: ""}): warn.</summary>
internal sealed class NativeWorkloadSelectorRule : IPolicyRule
{
    private static readonly ProtocolKind[] Native =
        [ProtocolKind.Dubbo, ProtocolKind.Thrift, ProtocolKind.Kafka, ProtocolKind.Zookeeper, ProtocolKind.Redis, ProtocolKind.Mongo, ProtocolKind.MySql, ProtocolKind.Postgres];

    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.NativeNoWorkloadSelector];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var service in model.Services.Where(s => s.WorkloadSelector.Count == 0 && !ServiceLocations.IsMeshExternal(s)))
        {
            if (service.Ports.FirstOrDefault(p => Native.Contains(p.Protocol)) is { } port)
            {
                diagnostics.Report(DiagnosticCatalog.NativeNoWorkloadSelector, ServiceLocations.Of(service), service.Host, port.Protocol);
            }
        }
    }
}

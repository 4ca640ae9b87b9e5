using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>A MetaProtocol port names its application protocol (tcp-metaprotocol alone makes Aeraki index out of range).</summary>
internal sealed class MetaProtocolPortNameRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.MetaProtocolPortWithoutApplicationProtocol];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        var ports = model.Services.SelectMany(s => s.PortsOf(ProtocolKind.MetaProtocol));
        foreach (var port in ports.Where(p => string.IsNullOrEmpty(p.ApplicationProtocol)))
        {
            diagnostics.Report(DiagnosticCatalog.MetaProtocolPortWithoutApplicationProtocol, port.At, port.Name);
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>Every MetaProtocol application protocol has a codec: Aeraki skips the service silently, we report it (decisions.md).</summary>
internal sealed class CodecRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.CodecMissing];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        var ports = model.Services.SelectMany(s => s.PortsOf(ProtocolKind.MetaProtocol));
        foreach (var port in ports.Where(p => p.ApplicationProtocol is { Length: > 0 } application && model.Codecs.CodecFor(application) is null))
        {
            diagnostics.Report(DiagnosticCatalog.CodecMissing, port.At, port.Name, port.ApplicationProtocol);
        }
    }
}

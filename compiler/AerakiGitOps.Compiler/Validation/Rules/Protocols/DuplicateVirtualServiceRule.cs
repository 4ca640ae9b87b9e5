using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>Only the first VirtualService for a Dubbo or Thrift host is used; warn about the others.</summary>
internal sealed class DuplicateVirtualServiceRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DuplicateVirtualService];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var (used, service, protocol) in NativeRouting.Used(model))
        {
            var others = model.VirtualServicesFor(service.Host).Where(v => !ReferenceEquals(v, used));
            foreach (var other in others)
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateVirtualService, YamlLocator.At(other.Source, "spec", "hosts"), service.Host, used.Source.DisplayName, used.Source.At, protocol);
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>A DubboAuthorizationPolicy only reaches the inbound filters of Dubbo services in its own namespace.</summary>
internal sealed class DubboPolicyScopeRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DubboPolicyWithoutService];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        var covered = model.Services
            .Where(s => s.WorkloadSelector.Count > 0 && s.PortsOf(ProtocolKind.Dubbo).Any())
            .Select(s => s.Namespace)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var policy in model.Specs.DubboAuthorizationPolicies.Where(p => !covered.Contains(p.Source.Namespace)))
        {
            diagnostics.Report(DiagnosticCatalog.DubboPolicyWithoutService, YamlLocator.At(policy.Source, "metadata", "name"), policy.Source.Namespace);
        }
    }
}

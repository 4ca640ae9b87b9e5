using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>
/// A Dubbo or Thrift destination's subset is defined for the service, and its host is the service itself
/// (the native filters only use the subset and weight, as in Aeraki).
/// </summary>
internal sealed class NativeRouteDestinationRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.NativeSubsetUnknown, DiagnosticCatalog.NativeDestinationHostIgnored];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var (virtualService, service, protocol) in NativeRouting.Used(model))
        {
            var rule = model.DestinationRuleFor(service.Host);
            var subsets = rule?.Subsets.Select(s => s.Name).ToList() ?? [];
            foreach (var destination in virtualService.Http.SelectMany(r => r.Route).Select(d => d.Destination).OfType<Model.Specs.DestinationSpec>())
            {
                if (destination.Host.Length > 0 && model.Fqdn(destination.Host, virtualService.Source.Namespace) != service.Host)
                {
                    diagnostics.Report(DiagnosticCatalog.NativeDestinationHostIgnored, YamlLocator.FieldAt(virtualService.Source, destination.At, "host"), destination.Host, service.Host, protocol);
                }

                if (destination.Subset.Length > 0 && !subsets.Contains(destination.Subset, StringComparer.Ordinal))
                {
                    var hint = rule is null ? " (there is no DestinationRule for this host)" : subsets.Count == 0 ? " (its DestinationRule defines no subsets)" : $" (defined: {string.Join(", ", subsets)})";
                    diagnostics.Report(DiagnosticCatalog.NativeSubsetUnknown, YamlLocator.FieldAt(virtualService.Source, destination.At, "subset"), service.Host, destination.Subset, hint, protocol);
                }
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.References;

/// <summary>A destination's subset is defined by a DestinationRule for that host (matched with Istio's FQDN rule, as Aeraki does).</summary>
internal sealed class DestinationSubsetRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DestinationSubsetUnknown];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        foreach (var (destination, _) in MetaRouterDestinations.All(router))
        {
            // An invalid subset name has its own diagnostic and can never be defined anyway.
            if (destination.Subset.Length == 0 || !DnsNames.IsDns1123Label(destination.Subset))
            {
                continue;
            }

            var host = model.Fqdn(destination.Host, string.Empty);
            if (model.DestinationRulesFor(host).Any(r => r.Subsets.Any(s => string.Equals(s.Name, destination.Subset, StringComparison.Ordinal))))
            {
                continue;
            }

            var rules = model.DestinationRulesFor(host).ToList();
            var subsets = rules.SelectMany(r => r.Subsets).Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
            var hint = rules.Count == 0
                ? " (there is no DestinationRule for this host)"
                : subsets.Count == 0 ? " (its DestinationRule defines no subsets)" : $" (defined: {string.Join(", ", subsets)})";
            var at = YamlLocator.FieldAt(router.Source, destination.At, "subset");
            diagnostics.Report(DiagnosticCatalog.DestinationSubsetUnknown, at, destination.Host, destination.Subset, hint);
        }
    }
}

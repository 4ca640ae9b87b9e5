using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.MetaRouters;

/// <summary>
/// Istio's exportTo rules as Aeraki's webhook applies them: no duplicates ('.' counts as the own namespace),
/// no '~', only '.', '*' or DNS-1123 labels, and '*' only alone.
/// </summary>
internal sealed class ExportToRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.ExportToDuplicate, DiagnosticCatalog.ExportToNone, DiagnosticCatalog.ExportToInvalid, DiagnosticCatalog.ExportToPublicMixed];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        var entries = YamlLocator.Scalars(router.Source, "spec", "exportTo");
        var ns = router.Source.Namespace;
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = entry.Value == "." ? ns : entry.Value;
            if (accepted.TryGetValue(key, out var earlier))
            {
                var what = earlier == entry.Value ? $"'{entry.Value}'" : $"the MetaRouter's own namespace '{ns}' (written both '.' and '{ns}')";
                diagnostics.Report(DiagnosticCatalog.ExportToDuplicate, entry.At, what);
            }
            else if (entry.Value == "~")
            {
                diagnostics.Report(DiagnosticCatalog.ExportToNone, entry.At);
            }
            else if (entry.Value is not ("." or "*") && !DnsNames.IsDns1123Label(entry.Value))
            {
                diagnostics.Report(DiagnosticCatalog.ExportToInvalid, entry.At, entry.Value);
            }
            else
            {
                accepted[key] = entry.Value;
            }
        }

        if (accepted.ContainsKey("*") && entries.Count > 1)
        {
            diagnostics.Report(DiagnosticCatalog.ExportToPublicMixed, entries.First(e => e.Value == "*").At);
        }
    }
}

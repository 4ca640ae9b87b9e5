using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>One service per host: filters, route configs and MetaRouters are keyed by host, so a second claimant is ambiguous.</summary>
internal sealed class DuplicateServiceHostRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DuplicateServiceHost];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var group in model.Services.GroupBy(s => s.Host, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateServiceHost, ServiceLocations.Of(other), group.Key, first.Source.DisplayName, first.Source.At);
            }
        }
    }
}

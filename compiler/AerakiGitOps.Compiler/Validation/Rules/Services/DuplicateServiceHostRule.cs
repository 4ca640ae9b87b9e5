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
        // The model keeps the first service of each host: every other one is a second claimant.
        foreach (var other in model.Services)
        {
            if (model.ServiceFor(other.Host) is { } first && !ReferenceEquals(first, other))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateServiceHost, ServiceLocations.Of(other), other.Host, first.Source.DisplayName, first.Source.At);
            }
        }
    }
}

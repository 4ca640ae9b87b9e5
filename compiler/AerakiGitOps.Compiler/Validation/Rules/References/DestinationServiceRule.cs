using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.References;

/// <summary>
/// Destination and mirror hosts are services of the repository. The proxy builds the cluster name
/// outbound|port|subset|host from the host as written, so an unknown host is a cluster that does not exist.
/// </summary>
internal sealed class DestinationServiceRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DestinationHostUnknown];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        foreach (var (destination, what) in MetaRouterDestinations.All(router))
        {
            // Invalid hosts already have their own diagnostic.
            if (DnsNames.FqdnProblem(destination.Host) is null && model.ServiceFor(destination.Host) is null)
            {
                var at = YamlLocator.FieldAt(router.Source, destination.At, "host");
                diagnostics.Report(DiagnosticCatalog.DestinationHostUnknown, at, what, destination.Host, HostSuggestions.For(model, destination.Host, router.Source.Namespace));
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.MetaRouters;

/// <summary>A MetaRouter has exactly one host, and it is a valid FQDN (Aeraki's webhook).</summary>
internal sealed class MetaRouterHostRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.MetaRouterNoHost, DiagnosticCatalog.MetaRouterTooManyHosts, DiagnosticCatalog.InvalidHostName];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        if (router.Hosts.IsDefaultOrEmpty)
        {
            diagnostics.Report(DiagnosticCatalog.MetaRouterNoHost, YamlLocator.At(router.Source, "spec", "hosts"));
            return;
        }

        // The hosts' positions are looked up only for a finding: this runs for every router.
        if (router.Hosts.Length > 1)
        {
            diagnostics.Report(DiagnosticCatalog.MetaRouterTooManyHosts, YamlLocator.Scalars(router.Source, "spec", "hosts")[1].At, router.Hosts.Length);
        }

        if (DnsNames.FqdnProblem(router.Host) is { } problem)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidHostName, YamlLocator.Scalars(router.Source, "spec", "hosts")[0].At, "MetaRouter host", router.Host, problem);
        }
    }
}

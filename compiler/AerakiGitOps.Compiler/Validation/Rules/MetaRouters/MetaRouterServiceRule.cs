using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.MetaRouters;

/// <summary>
/// A MetaRouter's host is a service of the repository (Aeraki matches it exactly and silently ignores a
/// MetaRouter that matches nothing), and that service has a MetaProtocol port for it to act on.
/// </summary>
internal sealed class MetaRouterServiceRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.MetaRouterHostUnknown, DiagnosticCatalog.MetaRouterHostNotMetaProtocol];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        // An invalid host has its own diagnostic; a second one here would only repeat it.
        if (router.Host.Length == 0 || DnsNames.FqdnProblem(router.Host) is not null)
        {
            return;
        }

        var at = YamlLocator.Scalars(router.Source, "spec", "hosts")[0].At;
        if (model.ServiceFor(router.Host) is not { } service)
        {
            diagnostics.Report(DiagnosticCatalog.MetaRouterHostUnknown, at, router.Host, HostSuggestions.For(model, router.Host, router.Source.Namespace));
        }
        else if (!service.PortsOf(ProtocolKind.MetaProtocol).Any())
        {
            diagnostics.Report(DiagnosticCatalog.MetaRouterHostNotMetaProtocol, at, service.Host);
        }
    }
}

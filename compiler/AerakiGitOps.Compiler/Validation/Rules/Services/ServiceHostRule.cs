using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Services;

/// <summary>
/// A service with a port the compiler generates filters for has a fully qualified host: its EnvoyFilters, route
/// configs and output files are named after it. (A wildcard ServiceEntry host cannot name a Kubernetes object.)
/// </summary>
internal sealed class ServiceHostRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.ServiceHostInvalid];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var service in model.Services)
        {
            if (service.HasManagedPort && DnsNames.FqdnProblem(service.Host) is { } problem)
            {
                diagnostics.Report(DiagnosticCatalog.ServiceHostInvalid, ServiceLocations.Of(service), service.Host, problem);
            }
        }
    }
}

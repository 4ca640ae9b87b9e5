using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.References;

/// <summary>A destination's explicit port is a port of the destination service; otherwise the cluster does not exist.</summary>
internal sealed class DestinationPortRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.DestinationPortUnknown];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        foreach (var (destination, _) in MetaRouterDestinations.All(router))
        {
            if (destination.Port is 0 or > 65535 || model.ServiceFor(destination.Host) is not { } service)
            {
                continue;
            }

            if (!service.Ports.Any(p => p.Number == destination.Port))
            {
                var number = (YamlLocator.MappingAt(router.Source, destination.At)?["port"] as YMapping)?["number"];
                var ports = string.Join(", ", service.Ports.Select(p => p.Number).Distinct().Order());
                diagnostics.Report(DiagnosticCatalog.DestinationPortUnknown, number?.At ?? destination.At, service.Host, destination.Port, ports);
            }
        }
    }
}

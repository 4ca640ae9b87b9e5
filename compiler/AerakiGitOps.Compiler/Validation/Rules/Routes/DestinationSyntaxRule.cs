using System.Globalization;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Schema;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>Destinations and mirrors have an FQDN host, a DNS-1123 subset and a port in 1..65535 (Aeraki's webhook).</summary>
internal sealed class DestinationSyntaxRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.InvalidHostName, DiagnosticCatalog.InvalidSubsetName, DiagnosticCatalog.PortOutOfRange];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        foreach (var (destination, what) in MetaRouterDestinations.All(router))
        {
            var mapping = YamlLocator.MappingAt(router.Source, destination.At);
            if (DnsNames.FqdnProblem(destination.Host) is { } problem)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidHostName, mapping?["host"]?.At ?? destination.At, $"{what} host", destination.Host, problem);
            }

            if (destination.Subset.Length > 0 && !DnsNames.IsDns1123Label(destination.Subset))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidSubsetName, mapping?["subset"]?.At ?? destination.At, destination.Subset);
            }

            // The binder reads an absent port and port 0 alike; Aeraki rejects an explicit 0, so read the YAML.
            if ((mapping?["port"] as YMapping)?["number"] is YScalar { Kind: ScalarKind.Int } number
                && (ScalarNumbers.ParseInteger(number.Value) is not { } port || port < 1 || port > 65535))
            {
                diagnostics.Report(DiagnosticCatalog.PortOutOfRange, number.At, number.Value);
            }
        }
    }
}

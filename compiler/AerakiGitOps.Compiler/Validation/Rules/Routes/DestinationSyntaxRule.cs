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
            var hostProblem = DnsNames.FqdnProblem(destination.Host);
            var subsetInvalid = destination.Subset.Length > 0 && !DnsNames.IsDns1123Label(destination.Subset);
            // The binder reads an absent port, port 0 and a number it cannot read alike (0); Aeraki rejects an
            // explicit 0, so only then is the YAML read. A port the binder read in 1..65535 is the YAML's number.
            var portUnclear = destination.Port is 0 or > 65535;
            if (hostProblem is null && !subsetInvalid && !portUnclear)
            {
                continue; // nothing to report: the tree is not walked
            }

            var mapping = YamlLocator.MappingAt(router.Source, destination.At);
            if (hostProblem is not null)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidHostName, mapping?["host"]?.At ?? destination.At, $"{what} host", destination.Host, hostProblem);
            }

            if (subsetInvalid)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidSubsetName, mapping?["subset"]?.At ?? destination.At, destination.Subset);
            }

            if (portUnclear && (mapping?["port"] as YMapping)?["number"] is YScalar { Kind: ScalarKind.Int } number
                && (ScalarNumbers.ParseInteger(number.Value) is not { } port || port < 1 || port > 65535))
            {
                diagnostics.Report(DiagnosticCatalog.PortOutOfRange, number.At, number.Value);
            }
        }
    }
}

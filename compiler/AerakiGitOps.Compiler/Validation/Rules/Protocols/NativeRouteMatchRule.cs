using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Re2;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>
/// The matches of a Dubbo or Thrift route render into something Envoy accepts: Thrift methods match
/// exactly, regexes are RE2, and every header says how it matches.
/// </summary>
internal sealed class NativeRouteMatchRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticCatalog.ThriftMethodMatchUnsupported, DiagnosticCatalog.NativeRegexInvalid, DiagnosticCatalog.NativeHeaderMatchUnset];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var (virtualService, service, protocol) in NativeRouting.Used(model))
        {
            foreach (var match in virtualService.Http.SelectMany(r => r.Matches))
            {
                if (match.Method is { Kind: StringMatchKind.Prefix or StringMatchKind.Regex } method && protocol.Contains("Thrift", StringComparison.Ordinal))
                {
                    diagnostics.Report(DiagnosticCatalog.ThriftMethodMatchUnsupported, method.At, method.Kind.ToString().ToLowerInvariant(), service.Host);
                }
                else if (match.Method is { Kind: StringMatchKind.Regex } regex)
                {
                    CheckRegex(regex, "the method match", diagnostics);
                }

                foreach (var header in match.Headers)
                {
                    if (header.Match.Kind == StringMatchKind.Unset)
                    {
                        diagnostics.Report(DiagnosticCatalog.NativeHeaderMatchUnset, header.At, header.Name);
                    }
                    else if (header.Match.Kind == StringMatchKind.Regex)
                    {
                        CheckRegex(header.Match, $"header '{header.Name}'", diagnostics);
                    }
                }
            }
        }
    }

    private static void CheckRegex(StringMatchSpec match, string what, DiagnosticBag diagnostics)
    {
        if (Re2Syntax.Check(match.Value) is { } error)
        {
            diagnostics.Report(DiagnosticCatalog.NativeRegexInvalid, match.At, match.Value, what, error.Message, error.Column);
        }
    }
}

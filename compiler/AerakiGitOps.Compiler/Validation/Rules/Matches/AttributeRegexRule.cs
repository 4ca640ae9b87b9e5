using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Re2;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Matches;

/// <summary>Regex matches are non-empty, valid RE2: Envoy's google_re2 matcher would reject the whole route config otherwise.</summary>
internal sealed class AttributeRegexRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RegexEmpty, DiagnosticCatalog.RegexInvalid];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        var regexes = MetaRouterMatches.All(router)
            .SelectMany(m => m.Match.Attributes)
            .Where(a => a.Match.Kind == StringMatchKind.Regex);
        foreach (var attribute in regexes)
        {
            var match = attribute.Match;
            if (match.Value.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.RegexEmpty, match.At, attribute.Name);
            }
            else if (Re2Syntax.Check(match.Value) is { } error)
            {
                diagnostics.Report(DiagnosticCatalog.RegexInvalid, match.At, attribute.Name, match.Value, error.Message, error.Column);
            }
        }
    }
}

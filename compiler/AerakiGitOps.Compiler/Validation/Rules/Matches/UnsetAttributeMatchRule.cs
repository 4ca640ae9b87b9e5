using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Matches;

/// <summary>An attribute with no exact, prefix or regex is silently dropped by Aeraki, which widens the match: warn.</summary>
internal sealed class UnsetAttributeMatchRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.AttributeMatchUnset];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        var unset = MetaRouterMatches.All(router)
            .SelectMany(m => m.Match.Attributes)
            .Where(a => a.Match.Kind == StringMatchKind.Unset);
        foreach (var attribute in unset)
        {
            diagnostics.Report(DiagnosticCatalog.AttributeMatchUnset, attribute.At, attribute.Name);
        }
    }
}

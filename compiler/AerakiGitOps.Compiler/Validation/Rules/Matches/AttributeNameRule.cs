using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Matches;

/// <summary>Attribute names are not empty, in every match of a MetaRouter (Aeraki's webhook).</summary>
internal sealed class AttributeNameRule : MetaRouterRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.AttributeNameEmpty];

    protected override void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics)
    {
        foreach (var (match, where) in MetaRouterMatches.All(router))
        {
            foreach (var attribute in match.Attributes.Where(a => a.Name.Length == 0))
            {
                diagnostics.Report(DiagnosticCatalog.AttributeNameEmpty, attribute.At, where);
            }
        }
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Rules;

/// <summary>
/// A rule that looks at one MetaRouter at a time. It may read services, DestinationRules, gateways and
/// settings, but never another MetaRouter: <see cref="RuleCache"/> relies on that to reuse a router's findings.
/// </summary>
internal abstract class MetaRouterRule : IPolicyRule
{
    public abstract IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var router in model.Specs.MetaRouters)
        {
            Check(model, router, diagnostics);
        }
    }

    /// <summary>Checks one router (what <see cref="RuleCache"/> keeps per router).</summary>
    internal void CheckOne(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics) => Check(model, router, diagnostics);

    protected abstract void Check(PolicyModel model, MetaRouterSpec router, DiagnosticBag diagnostics);
}

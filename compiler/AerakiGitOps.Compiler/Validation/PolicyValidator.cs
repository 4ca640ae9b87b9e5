using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Rules;

namespace AerakiGitOps.Compiler.Validation;

/// <summary>
/// Runs every registered rule over the model and collects all their diagnostics. Rules only read the
/// (immutable) model, so they run in parallel; the bag sorts diagnostics, so the report does not depend
/// on which rule finished first. With a <see cref="RuleCache"/>, per-MetaRouter findings are reused when
/// only MetaRouters changed since the previous validation.
/// </summary>
public static class PolicyValidator
{
    public static void Validate(PolicyModel model, DiagnosticBag diagnostics, IReadOnlyList<IPolicyRule>? rules = null, RuleCache? cache = null)
    {
        rules ??= RuleRegistry.All;
        if (cache is null)
        {
            Parallel.ForEach(rules, rule => rule.Check(model, diagnostics));
            return;
        }

        // The per-router rules run router by router, so one lookup finds all of a router's kept findings.
        cache.Begin(model, rules);
        var perRouter = rules.OfType<MetaRouterRule>().ToArray();
        Parallel.Invoke(
            () => Parallel.ForEach(rules.Where(r => r is not MetaRouterRule), rule => rule.Check(model, diagnostics)),
            () => Parallel.ForEach(model.Specs.MetaRouters, router =>
            {
                var findings = cache.GetOrCheck(router, r => CheckRouter(model, r, perRouter));
                if (findings.Count > 0)
                {
                    diagnostics.AddRange(findings);
                }
            }));
        cache.Complete();
    }

    private static IReadOnlyList<Diagnostic> CheckRouter(PolicyModel model, Model.Specs.MetaRouterSpec router, MetaRouterRule[] rules)
    {
        var findings = new DiagnosticBag();
        foreach (var rule in rules)
        {
            rule.CheckOne(model, router, findings);
        }

        return findings.ToSortedList();
    }
}

using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation;

/// <summary>Runs every registered rule over the model and collects all their diagnostics.</summary>
public static class PolicyValidator
{
    public static void Validate(PolicyModel model, DiagnosticBag diagnostics, IReadOnlyList<IPolicyRule>? rules = null)
    {
        foreach (var rule in rules ?? RuleRegistry.All)
        {
            rule.Check(model, diagnostics);
        }
    }
}
